using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Cases;

/// <summary>Staff of the case's category replace its tags with those written in <paramref name="Tags"/> (see
/// <see cref="CaseTags.Parse"/>); an empty field removes them all.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record SetCaseTags(Guid CaseId, string? Tags) : ICommand<IReadOnlyList<string>>, IAuditTarget
{
    public string AuditTarget => "case:" + CaseId;
}

internal sealed class SetCaseTagsHandler(CaseDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider clock)
    : IRequestHandler<SetCaseTags, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(SetCaseTags request, CancellationToken cancellationToken)
    {
        // GetCase refuses staff of other categories.
        await mediator.Send(new GetCase(request.CaseId), cancellationToken);
        var wanted = CaseTags.Parse(request.Tags);
        var current = await db.CaseTags.Where(t => t.CaseId == request.CaseId).ToListAsync(cancellationToken);
        db.CaseTags.RemoveRange(current.Where(t => !wanted.Contains(t.Tag)));
        var now = clock.GetUtcNow();
        db.CaseTags.AddRange(wanted.Where(w => current.All(t => t.Tag != w))
            .Select(w => new CaseTag { CaseId = request.CaseId, Tag = w, AddedAt = now, AddedBy = actor.AuditName }));
        await db.SaveChangesAsync(cancellationToken);
        return wanted;
    }
}
