using CaseManagement.Core.Administration;
using CaseManagement.Web.Setup;
using MediatR;

namespace CaseManagement.Web.Api;

/// <summary>What the decision table editor in Admin calls: the shared draft (revision-checked), the check before
/// publishing, publishing, versions and their diff. Admins only; every change carries the page's antiforgery token.</summary>
internal static class DecisionEditorApi
{
    public static IEndpointRouteBuilder MapDecisionEditorApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/admin/decisions").RequireAuthorization(WebServices.AdminPolicy)
            .AddEndpointFilter<AntiforgeryHeader>().AddEndpointFilter<UseCaseProblems>();
        api.MapGet("/", (IMediator m, CancellationToken ct) => m.Send(new ListDecisions(), ct));
        api.MapGet("/{decisionRef}/draft", (string decisionRef, IMediator m, CancellationToken ct) => m.Send(new GetDecisionDraft(decisionRef), ct));
        api.MapPut("/{decisionRef}/draft", (string decisionRef, WorkflowDesignerApi.DraftBody body, IMediator m, CancellationToken ct) =>
            m.Send(new SaveDecisionDraft(decisionRef, body.Xml ?? "", body.Revision), ct));
        api.MapPost("/check", (CheckBody body, IMediator m, CancellationToken ct) => m.Send(new CheckDecision(body.Xml ?? "", body.DecisionRef), ct));
        api.MapPost("/{decisionRef}/publish", async (string decisionRef, WorkflowDesignerApi.PublishBody body, IMediator m, CancellationToken ct) =>
        {
            try
            {
                return Results.Ok(await m.Send(new PublishDecisionDraft(decisionRef, body.Revision), ct));
            }
            catch (DecisionCheckFailedException e)
            {
                return Results.UnprocessableEntity(new { detail = e.Message, issues = e.Issues });
            }
        });
        api.MapGet("/{decisionRef}/versions", (string decisionRef, IMediator m, CancellationToken ct) => m.Send(new ListDecisionVersions(decisionRef), ct));
        // A published version is immutable: this only ever answers 409 (or 404), saying how to change it instead.
        api.MapPut("/{decisionRef}/versions/{version:int}", (string decisionRef, int version, IMediator m, CancellationToken ct) =>
            m.Send(new ChangePublishedDecision(decisionRef, version), ct));
        api.MapGet("/{decisionRef}/diff", (string decisionRef, int from, int? to, IMediator m, CancellationToken ct) =>
            m.Send(new CompareDecisionVersions(decisionRef, from, to), ct));
        return app;
    }

    internal sealed record CheckBody(string? Xml, string? DecisionRef);
}
