using CaseManagement.Core.Cases;
using CaseManagement.Core.Tasks;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CaseManagement.Web.Areas.Desk.Components;

/// <summary>The workspace's closure checklist: each required item with its state, and the closure record form.</summary>
public sealed class ClosureChecklistViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(DeskTaskView task) =>
        View("/Areas/Desk/Pages/_ClosureChecklist.cshtml",
            new ClosureChecklistModel(task, await mediator.Send(new GetTaskClosureChecklist(task.TaskId), HttpContext.RequestAborted)));
}

/// <summary>What _ClosureChecklist shows.</summary>
public sealed record ClosureChecklistModel(DeskTaskView Task, CaseClosureView Closure);
