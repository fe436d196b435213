using CaseManagement.Web.Setup;

var builder = WebApplication.CreateBuilder(args);
var connectionString = await builder.EnsureDatabaseAsync();
builder.AddCaseManagementWeb(connectionString);

var app = builder.Build();
if (await app.RunToolAsync(args) is { } exitCode)
{
    return exitCode;
}

await app.PrepareAsync();
app.UseCaseManagementWeb();
app.PrintBannerWhenStarted();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so that WebApplicationFactory can find it.</summary>
public partial class Program;
