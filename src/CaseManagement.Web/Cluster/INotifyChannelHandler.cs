namespace CaseManagement.Web.Cluster;

/// <summary>Handles the NOTIFY payloads of one PostgreSQL channel on this node (registered as a singleton; the
/// node's <see cref="PostgresNotificationListener"/> LISTENs on every registered channel).</summary>
internal interface INotifyChannelHandler
{
    string Channel { get; }

    Task HandleAsync(string payload, CancellationToken ct);
}
