using CaseManagement.Web.Setup;

var builder = WebApplication.CreateBuilder(args);
var connectionString = await builder.EnsureDatabaseAsync();
builder.AddCaseManagementWeb(connectionString);

var app = builder.Build();
await app.PrepareAsync();
app.UseCaseManagementWeb();
app.PrintBannerWhenStarted();
await app.RunAsync();

/// <summary>Entry point; public so that WebApplicationFactory can find it.</summary>
public partial class Program;
