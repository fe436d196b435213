using CaseManagement.Core.Cases;
using CaseManagement.Core.Tasks;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Desk.Pages;

/// <summary>Saves a case's closure record (対応結果・継続支援の要否) from a task's workspace and returns to it.</summary>
public sealed class ClosureModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid TaskId { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    /// <summary>"true", "false" or empty (not recorded).</summary>
    [BindProperty]
    public string? FollowUpNeeded { get; set; }

    public IActionResult OnGet() => Redirect($"/Desk/Task/{TaskId}");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var task = await mediator.Send(new GetTask(TaskId), ct);
        bool? followUp = bool.TryParse(FollowUpNeeded, out var value) ? value : null;
        await mediator.Send(new RecordCaseOutcome(task.CaseId, Outcome, followUp), ct);
        return Redirect($"/Desk/Task/{TaskId}#closure-title");
    }
}
