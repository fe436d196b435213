using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Cases;

/// <summary>Staff of the case's category add an internal note (内部メモ). Notes are kept as written (a correction is a
/// new note), like a paper case file; residents never see them.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record AddCaseNote(Guid CaseId, string Body) : ICommand<Guid>, IAuditTarget
{
    public string AuditTarget => "case:" + CaseId;
}

internal sealed class AddCaseNoteHandler(CaseDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider clock) : IRequestHandler<AddCaseNote, Guid>
{
    public async Task<Guid> Handle(AddCaseNote request, CancellationToken cancellationToken)
    {
        // GetCase refuses staff of other categories.
        await mediator.Send(new GetCase(request.CaseId), cancellationToken);
        var note = new CaseNote
        {
            Id = Guid.CreateVersion7(), CaseId = request.CaseId, AuthorStaffId = actor.StaffId!.Value, Body = request.Body.Trim(), WrittenAt = clock.GetUtcNow(),
        };
        db.CaseNotes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        return note.Id;
    }
}
