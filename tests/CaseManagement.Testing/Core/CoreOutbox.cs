using CaseManagement.Workflows.Hosting;
using CaseManagement.Workflows.Hosting.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CaseManagement.Testing.Core;

/// <summary>Runs the outbox as a node's dispatcher does after commit, with the host's handlers (mail, LINE), on the
/// host's clock. Kinds without a handler here (timers, service tasks) are left failing, which tests of mail and LINE
/// do not look at.</summary>
public static class CoreOutbox
{
    public static Task<int> DeliverOutboxAsync(this CoreTestHost host)
    {
        var dispatcher = new OutboxDispatcher(host.Services.GetRequiredService<NpgsqlDataSource>(), host.Services.GetServices<IOutboxHandler>(),
            Options.Create(new WorkflowHostingOptions()), host.Clock, NullLogger<OutboxDispatcher>.Instance);
        return dispatcher.DeliverDueAsync(CancellationToken.None);
    }
}
