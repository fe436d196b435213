using CaseManagement.Core.Administration;
using CaseManagement.Core.Audit;
using CaseManagement.Web.Setup;
using MediatR;

namespace CaseManagement.Web.Api;

/// <summary>Read APIs over workflows: an instance's path (for the diagram viewer) and a version's BPMN.</summary>
internal static class WorkflowApi
{
    public static IEndpointRouteBuilder MapWorkflowApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/workflows").RequireAuthorization(WebServices.WorkflowReadersPolicy).AddEndpointFilter<UseCaseProblems>();
        api.MapGet("/instances/{id:guid}/path", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetWorkflowPath(id), ct));
        api.MapGet("/definitions/{id:guid}/bpmn", async (Guid id, IMediator mediator, CancellationToken ct) =>
            Results.Text(await mediator.Send(new GetWorkflowDefinitionXml(id), ct), "application/xml; charset=utf-8"));
        return app;
    }
}
