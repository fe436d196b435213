using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>Throws the draft away, as the admin last saw it; the designer then opens the latest version again.</summary>
[Authorize(Roles.Admin)]
public sealed record DiscardWorkflowDraft(string ProcessId, int Revision) : ICommand<bool>, IAuditTarget
{
    public string AuditTarget => "workflow:" + ProcessId;
}

internal sealed class DiscardWorkflowDraftHandler(CaseDbContext db) : IRequestHandler<DiscardWorkflowDraft, bool>
{
    public async Task<bool> Handle(DiscardWorkflowDraft request, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"wf_draft:" + request.ProcessId}))", cancellationToken);
        var draft = await db.WorkflowDrafts.SingleOrDefaultAsync(d => d.ProcessId == request.ProcessId, cancellationToken);
        if (draft is null) return false;
        if (draft.Revision != request.Revision) throw draft.SavedByOther();
        db.WorkflowDrafts.Remove(draft);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
