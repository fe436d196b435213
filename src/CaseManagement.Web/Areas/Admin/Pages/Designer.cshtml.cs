using System.Text.Json;
using CaseManagement.Core.Administration;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Admin.Pages;

/// <summary>The workflow designer (bpmn-js): the page only hands the script the process, the queues to choose from
/// and the API; the diagram itself comes from the draft API.</summary>
public sealed class DesignerModel(IMediator mediator) : PageModel
{
    public string ProcessId { get; private set; } = "";

    public WorkflowDraftView Draft { get; private set; } = null!;

    /// <summary>The queues a user task may name: the case's own category, each category and its escalation queue.</summary>
    public string QueuesJson { get; private set; } = "[]";

    public async Task OnGetAsync(string processId, CancellationToken ct)
    {
        ProcessId = processId;
        Draft = await mediator.Send(new GetWorkflowDraft(processId), ct);
        var categories = await mediator.Send(new ListCategories(IncludeInactive: true), ct);
        var english = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        QueuesJson = JsonSerializer.Serialize(categories.SelectMany(c => new[]
        {
            new { value = c.Code, label = english ? c.NameEn : c.NameJa },
            new { value = "supervisors:" + c.Code, label = (english ? c.NameEn : c.NameJa) + (english ? " (supervisors)" : "（管理職）") },
        }));
    }
}
