using CaseManagement.Core.Cases;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Consultations;
using CaseManagement.Web.Hubs;
using CaseManagement.Web.Security;
using MediatR;

namespace CaseManagement.Web.Setup;

/// <summary>Live chat and attachments: options, presence and the two hubs (pushes arrive through the node's NOTIFY
/// listener, <see cref="ClusterServices"/>).</summary>
internal static class ChatServices
{
    public static WebApplicationBuilder AddChat(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<AttachmentOptions>(builder.Configuration.GetSection(AttachmentOptions.Section));
        builder.Services.Configure<ChatOptions>(builder.Configuration.GetSection(ChatOptions.Section));
        builder.Services.AddSingleton<ChatPresence>();
        return builder;
    }

    public static WebApplication MapChat(this WebApplication app)
    {
        app.MapHub<StaffChatHub>(StaffChatHub.Path);
        // A wrong or expired link, or one whose PIN was not entered in this browser, is refused at negotiate (404 or 403)
        // before a connection exists; the hub checks again.
        app.MapHub<ResidentChatHub>(ResidentChatHub.Pattern).Add(endpoint =>
        {
            var next = endpoint.RequestDelegate ?? throw new InvalidOperationException("hub endpoint without a delegate");
            endpoint.RequestDelegate = async http =>
            {
                try
                {
                    var token = ResidentChatHub.TokenOf(http.Request.Path) ?? "";
                    await http.RequestServices.GetRequiredService<IMediator>().Send(new FindCaseByAccessToken(token, ConsultationGrantCookie.Read(http.Request)), http.RequestAborted);
                }
                catch (UseCaseException e)
                {
                    http.Response.StatusCode = e is ForbiddenException ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;
                    return;
                }

                await next(http);
            };
        });
        return app;
    }
}
