using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Residents.Line;
using MediatR;
using Microsoft.AspNetCore.Diagnostics;

namespace CaseManagement.Web.Api;

/// <summary>POST /line/webhook: LINE's calls to our Messaging API channel. Core checks X-Line-Signature over the
/// exact bytes received; a missing or wrong signature is 401 and nothing is stored.</summary>
internal static class LineWebhookApi
{
    public const string Path = "/line/webhook";

    // LINE's bodies are a few kilobytes; anything much larger is not LINE.
    private const int MaxBody = 256 * 1024;

    public static IEndpointRouteBuilder MapLineWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, async (HttpContext http, IMediator mediator, CancellationToken ct) =>
        {
            // A machine's endpoint: answer with the bare status, not the people's status page.
            http.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
            if (http.Request.ContentLength > MaxBody)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, ct);
            if (buffer.Length > MaxBody)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            try
            {
                await mediator.Send(new ReceiveLineWebhook(buffer.ToArray(), http.Request.Headers["X-Line-Signature"].FirstOrDefault()), ct);
                return Results.Ok();
            }
            catch (ForbiddenException)
            {
                return Results.Unauthorized();
            }
        }).DisableAntiforgery();
        return app;
    }
}
