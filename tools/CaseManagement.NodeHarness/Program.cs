using CaseManagement.NodeHarness;
using CaseManagement.Workflows.Abstractions;
using CaseManagement.Workflows.Hosting;
using CaseManagement.Workflows.Hosting.Timers;
using Npgsql;
using Quartz;

var options = HarnessOptions.Parse(args);
// Its own folder as content root: no appsettings of whoever started it decide its logging.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSingleton(options);
builder.Services.AddSingleton(NpgsqlDataSource.Create(options.ConnectionString));
builder.Services.AddWorkflowHosting();
builder.Services.AddWorkflowBackgroundServices(options.ConnectionString, o =>
{
    o.OutboxPollInterval = TimeSpan.FromSeconds(1);
    o.QuartzCheckinInterval = TimeSpan.FromSeconds(1);
});
builder.Services.AddScoped<IWorkflowTimerHandler, HarnessTimerHandler>();
builder.Services.AddSingleton<IServiceTaskHandler, RecordingNotifyHandler>();
if (options.SchedulerId is { } schedulerId)
{
    // A node restarted under its old id recovers its own in-flight jobs at its first check-in.
    builder.Services.Configure<QuartzSchedulerOptions>(q => q.InstanceId = schedulerId);
}

using var host = builder.Build();
await HarnessSchema.EnsureAsync(host.Services.GetRequiredService<NpgsqlDataSource>(), CancellationToken.None);
await host.RunAsync();
