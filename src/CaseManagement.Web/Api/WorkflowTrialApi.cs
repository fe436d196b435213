using CaseManagement.Core.Administration;
using CaseManagement.Web.Setup;
using MediatR;

namespace CaseManagement.Web.Api;

/// <summary>Try-it runs from the designer: start a run of the diagram as the designer holds it, then one action at a
/// time. The run lives in the page (ADR 0021): each answer carries its state, each action sends it back. Admins only,
/// with the page's antiforgery token; a diagram the check refuses answers 422 with the issues, as publishing does.</summary>
internal static class WorkflowTrialApi
{
    public static IEndpointRouteBuilder MapWorkflowTrialApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/admin/workflows/{processId}/trial").RequireAuthorization(WebServices.AdminPolicy)
            .AddEndpointFilter<AntiforgeryHeader>().AddEndpointFilter<UseCaseProblems>();
        api.MapPost("/", (string processId, StartBody body, IMediator m, CancellationToken ct) =>
            Checked(() => m.Send(new StartWorkflowTrial(processId, body.Xml ?? "", body.Variables), ct)));
        api.MapPost("/step", (string processId, StepBody body, IMediator m, CancellationToken ct) =>
            Checked(() => m.Send(new StepWorkflowTrial(processId, body.Xml ?? "", body.Trial ?? "",
                Enum.TryParse<WorkflowTrialAction>(body.Action, ignoreCase: true, out var action) ? action : (WorkflowTrialAction)(-1),
                body.TargetId, body.MessageName, body.Variables), ct)));
        return app;
    }

    private static async Task<IResult> Checked(Func<Task<WorkflowTrialView>> send)
    {
        try
        {
            return Results.Ok(await send());
        }
        catch (WorkflowCheckFailedException e)
        {
            return Results.UnprocessableEntity(new { detail = e.Message, issues = e.Issues });
        }
    }

    /// <summary>A start: the diagram and the sample variables as typed (a JSON object, or empty).</summary>
    internal sealed record StartBody(string? Xml, string? Variables);

    /// <summary>An action: the diagram, the state the last answer gave, what to do (completeTask, fireTimer,
    /// sendMessage), on which task or timer or message, with which variables.</summary>
    internal sealed record StepBody(string? Xml, string? Trial, string? Action, Guid? TargetId, string? MessageName, string? Variables);
}
