using CaseManagement.Core.Administration;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Cases;

/// <summary>A case's internal notes, oldest first, for staff of its category.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record ListCaseNotes(Guid CaseId) : IQuery<IReadOnlyList<CaseNoteView>>;

internal sealed class ListCaseNotesHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<ListCaseNotes, IReadOnlyList<CaseNoteView>>
{
    public async Task<IReadOnlyList<CaseNoteView>> Handle(ListCaseNotes request, CancellationToken cancellationToken)
    {
        await mediator.Send(new GetCase(request.CaseId), cancellationToken);
        var notes = await db.CaseNotes.AsNoTracking().Where(n => n.CaseId == request.CaseId).OrderBy(n => n.WrittenAt).ThenBy(n => n.Id)
            .ToListAsync(cancellationToken);
        var ids = notes.Select(n => n.AuthorStaffId).Distinct().ToList();
        var names = ids.Count == 0 ? new Dictionary<Guid, string>() : await mediator.Send(new GetStaffNames(ids), cancellationToken);
        return notes.Select(n => new CaseNoteView(n.Id, n.Body, n.AuthorStaffId, names.TryGetValue(n.AuthorStaffId, out var name) ? name : "", n.WrittenAt))
            .ToList();
    }
}
