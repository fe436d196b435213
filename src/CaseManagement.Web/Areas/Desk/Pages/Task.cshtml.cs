using CaseManagement.Core.Consultations;
using CaseManagement.Core.Tasks;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Desk.Pages;

/// <summary>A task's workspace: the consultation's messages, the reply box, and completing the task.</summary>
public sealed class TaskModel(IMediator mediator) : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)]
    public Guid TaskId { get; set; }

    [BindProperty]
    public string Reply { get; set; } = "";

    [BindProperty]
    public bool FollowUp { get; set; }

    public DeskTaskView? Task { get; private set; }

    public ConsultationView? Consultation { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostClaimAsync(CancellationToken ct)
    {
        await mediator.Send(new ClaimTask(TaskId), ct);
        return Redirect($"/Desk/Task/{TaskId}");
    }

    public async Task<IActionResult> OnPostReplyAsync(CancellationToken ct)
    {
        var task = await mediator.Send(new GetTask(TaskId), ct);
        await mediator.Send(new ReplyToResident(task.CaseId, Reply), ct);
        return Redirect($"/Desk/Task/{TaskId}");
    }

    public async Task<IActionResult> OnPostCompleteAsync(CancellationToken ct)
    {
        var done = await mediator.Send(new CompleteTask(TaskId, new Dictionary<string, object?> { ["followUp"] = FollowUp }), ct);
        return done.NewTaskIds.Count > 0 ? Redirect($"/Desk/Task/{done.NewTaskIds[0]}") : Redirect($"/Desk/Task/{TaskId}");
    }

    public async Task LoadAsync(CancellationToken ct)
    {
        Task = await mediator.Send(new GetTask(TaskId), ct);
        Consultation = await mediator.Send(new GetCaseConsultation(Task.CaseId), ct);
    }
}
