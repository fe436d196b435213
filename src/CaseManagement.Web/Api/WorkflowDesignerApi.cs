using CaseManagement.Core.Administration;
using CaseManagement.Web.Setup;
using MediatR;

namespace CaseManagement.Web.Api;

/// <summary>What the designer in Admin calls: the shared draft (revision-checked), the check before publishing,
/// publishing, versions and their diff. Admins only; every change carries the page's antiforgery token.</summary>
internal static class WorkflowDesignerApi
{
    public static IEndpointRouteBuilder MapWorkflowDesignerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/admin/workflows").RequireAuthorization(WebServices.AdminPolicy)
            .AddEndpointFilter<AntiforgeryHeader>().AddEndpointFilter<UseCaseProblems>();
        api.MapGet("/", (IMediator m, CancellationToken ct) => m.Send(new ListWorkflows(), ct));
        api.MapGet("/{processId}/draft", (string processId, IMediator m, CancellationToken ct) => m.Send(new GetWorkflowDraft(processId), ct));
        api.MapPut("/{processId}/draft", (string processId, DraftBody body, IMediator m, CancellationToken ct) =>
            m.Send(new SaveWorkflowDraft(processId, body.Xml ?? "", body.Revision), ct));
        api.MapDelete("/{processId}/draft", (string processId, int revision, IMediator m, CancellationToken ct) =>
            m.Send(new DiscardWorkflowDraft(processId, revision), ct));
        api.MapPost("/check", (CheckBody body, IMediator m, CancellationToken ct) => m.Send(new CheckWorkflow(body.Xml ?? "", body.ProcessId), ct));
        api.MapPost("/{processId}/publish", async (string processId, PublishBody body, IMediator m, CancellationToken ct) =>
        {
            try
            {
                return Results.Ok(await m.Send(new PublishWorkflowDraft(processId, body.Revision), ct));
            }
            catch (WorkflowCheckFailedException e)
            {
                return Results.UnprocessableEntity(new { detail = e.Message, issues = e.Issues });
            }
        });
        api.MapGet("/{processId}/versions", (string processId, IMediator m, CancellationToken ct) => m.Send(new ListWorkflowVersions(processId), ct));
        api.MapGet("/{processId}/diff", (string processId, int from, int? to, IMediator m, CancellationToken ct) =>
            m.Send(new CompareWorkflowVersions(processId, from, to), ct));
        return app;
    }

    /// <summary>A save: the diagram and the revision it was edited from (0: there was no draft).</summary>
    internal sealed record DraftBody(string? Xml, int Revision);

    internal sealed record CheckBody(string? Xml, string? ProcessId);

    internal sealed record PublishBody(int Revision);
}
