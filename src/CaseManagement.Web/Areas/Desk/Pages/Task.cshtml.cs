using CaseManagement.Core.Administration;
using CaseManagement.Core.Cases;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Tasks;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Desk.Pages;

/// <summary>A task's workspace: the resident's history first, then the reply box (enabled once the history was
/// opened), release, reassign (supervisors) and completing the task.</summary>
public sealed class TaskModel(IMediator mediator) : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)]
    public Guid TaskId { get; set; }

    [BindProperty]
    public string Reply { get; set; } = "";

    [BindProperty]
    public bool FollowUp { get; set; }

    [BindProperty]
    public Guid NewAssignee { get; set; }

    [BindProperty]
    public string? ConsultationType { get; set; }

    [BindProperty]
    public string? ResidentGender { get; set; }

    [BindProperty]
    public string? AgeBand { get; set; }

    [BindProperty]
    public string? Area { get; set; }

    [BindProperty]
    public string NoteBody { get; set; } = "";

    [BindProperty]
    public string? Tags { get; set; }

    [BindProperty]
    public string ContactBody { get; set; } = "";

    [BindProperty]
    public Guid ContactCaseId { get; set; }

    public DeskTaskView? Task { get; private set; }

    /// <summary>The resident's earlier cases with their messages, newest first (none for an anonymous resident).</summary>
    public IReadOnlyList<ConsultationView> Earlier { get; private set; } = [];

    public IReadOnlyList<CaseNoteView> Notes { get; private set; } = [];

    public IReadOnlyList<AssignmentView> Assignments { get; private set; } = [];

    public ConsultationView? Consultation { get; private set; }

    public bool HistoryViewed { get; private set; }

    public IReadOnlyDictionary<Guid, string> CategoryStaff { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var c = Consultation!.Case;
        (ConsultationType, ResidentGender, AgeBand, Area) = (c.ConsultationType, c.ResidentGender, c.AgeBand, c.Area);
        Tags = string.Join(' ', (await mediator.Send(new ListCaseTags([c.Id]), ct)).GetValueOrDefault(c.Id) ?? []);
    }

    public async Task<IActionResult> OnPostNoteAsync(CancellationToken ct)
    {
        var task = await mediator.Send(new GetTask(TaskId), ct);
        await mediator.Send(new AddCaseNote(task.CaseId, NoteBody), ct);
        return Redirect($"/Desk/Task/{TaskId}#notes");
    }

    public async Task<IActionResult> OnPostTagsAsync(CancellationToken ct)
    {
        var task = await mediator.Send(new GetTask(TaskId), ct);
        await mediator.Send(new SetCaseTags(task.CaseId, Tags), ct);
        return Redirect($"/Desk/Task/{TaskId}#notes");
    }

    /// <summary>相談者への連絡: to the resident of this (closed) case or of one of their earlier cases.</summary>
    public async Task<IActionResult> OnPostContactAsync(CancellationToken ct)
    {
        await mediator.Send(new ContactResident(ContactCaseId, ContactBody), ct);
        return Redirect($"/Desk/Task/{TaskId}#contact-{ContactCaseId}");
    }

    public async Task<IActionResult> OnPostAttributesAsync(CancellationToken ct)
    {
        var task = await mediator.Send(new GetTask(TaskId), ct);
        await mediator.Send(new UpdateCaseAttributes(task.CaseId, ConsultationType, ResidentGender, AgeBand, Area), ct);
        return Redirect($"/Desk/Task/{TaskId}");
    }

    public async Task<IActionResult> OnPostClaimAsync(CancellationToken ct)
    {
        await mediator.Send(new ClaimTask(TaskId), ct);
        return Redirect($"/Desk/Task/{TaskId}");
    }

    /// <summary>The history was opened (or none confirmed). From script: 204; without script: back to the task.</summary>
    public async Task<IActionResult> OnPostHistoryViewedAsync(bool noneConfirmed, CancellationToken ct)
    {
        await mediator.Send(new MarkHistoryViewed(TaskId, noneConfirmed), ct);
        return Request.Headers.ContainsKey("X-Requested-With") ? new NoContentResult() : Redirect($"/Desk/Task/{TaskId}#reply");
    }

    public async Task<IActionResult> OnPostReplyAsync(CancellationToken ct)
    {
        var task = await mediator.Send(new GetTask(TaskId), ct);
        await mediator.Send(new ReplyToResident(task.CaseId, Reply), ct);
        return Redirect($"/Desk/Task/{TaskId}");
    }

    public async Task<IActionResult> OnPostReleaseAsync(CancellationToken ct)
    {
        await mediator.Send(new ReleaseTask(TaskId), ct);
        return Redirect("/Desk");
    }

    public async Task<IActionResult> OnPostReassignAsync(CancellationToken ct)
    {
        await mediator.Send(new ReassignTask(TaskId, NewAssignee), ct);
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
        HistoryViewed = await mediator.Send(new HasViewedHistory([TaskId]), ct);
        Earlier = await mediator.Send(new ListEarlierConsultations(Task.CaseId), ct);
        Notes = await mediator.Send(new ListCaseNotes(Task.CaseId), ct);
        Assignments = await mediator.Send(new ListCaseAssignments(Task.CaseId), ct);
        if (User.IsInRole(Roles.Supervisor) && Task.Status == "open")
        {
            CategoryStaff = await mediator.Send(new ListCategoryStaff(Task.CategoryCode), ct);
        }
    }
}
