using CaseManagement.Core.Audit;
using CaseManagement.Core.Common.Database;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Web.Setup;

/// <summary>Maintenance commands run instead of the web server: <c>dotnet CaseManagement.Web.dll verify-audit</c>
/// walks the audit chain (exit code 0 intact, 1 broken), with the same configuration as the app.</summary>
internal static class CommandLineTools
{
    /// <summary>The exit code when <paramref name="args"/> name a tool, or null to start the web server.</summary>
    public static async Task<int?> RunToolAsync(this WebApplication app, string[] args)
    {
        if (args is not ["verify-audit", ..])
        {
            return null;
        }

        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new SystemActor();
            var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new VerifyAuditChain());
            Console.WriteLine(Describe(result));
            return result.Intact ? 0 : 1;
        }
        finally
        {
            if (app.Services.GetService<EmbeddedPostgres>() is { } embedded)
            {
                await embedded.StopAsync();
            }
        }
    }

    public static string Describe(AuditChainVerification r) => r.Intact
        ? $"監査ログの連鎖は正常です: {r.RowsChecked} 行, 最後の id {r.LastId}, 先頭ハッシュ {r.HeadHash} / audit chain intact: {r.RowsChecked} rows, last id {r.LastId}, head {r.HeadHash}"
        : r.Problem switch
        {
            AuditChainProblem.Missing => $"監査ログの連鎖が id {r.FirstBrokenId} で切れています: 行 {r.MissingRange} が削除されています / audit chain broken at id {r.FirstBrokenId}: row(s) {r.MissingRange} deleted",
            AuditChainProblem.Inserted => $"監査ログの連鎖が id {r.FirstBrokenId} で切れています: 後から挿入された行です / audit chain broken at id {r.FirstBrokenId}: row inserted",
            _ => $"監査ログの連鎖が id {r.FirstBrokenId} で切れています: 行が書き換えられています / audit chain broken at id {r.FirstBrokenId}: row altered",
        };
}
