namespace CaseManagement.Core.Residents.Line;

/// <summary>Configuration section "Line": the LINE Login channel (sign-in), the Messaging API channel (webhook,
/// replies, pushes), where LINE's endpoints are (a local fake in tests), and the texts residents get.</summary>
public sealed class LineOptions
{
    /// <summary>api.line.me: token and verify endpoints of LINE Login, reply and push of the Messaging API.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.line.me";

    /// <summary>access.line.me: where the resident's browser is sent to authorize.</summary>
    public string AuthorizeBaseUrl { get; set; } = "https://access.line.me";

    /// <summary>Our site's public address (https://…), for links in LINE messages and LINE Login's redirect.</summary>
    public string? SiteUrl { get; set; }

    public string? LoginChannelId { get; set; }

    public string? LoginChannelSecret { get; set; }

    public string? MessagingChannelSecret { get; set; }

    public string? MessagingAccessToken { get; set; }

    /// <summary>Where a webhook answer links to (a path of <see cref="SiteUrl"/>).</summary>
    public string EntryPath { get; set; } = "/";

    /// <summary>Answer to a new friend; empty: the shipped Japanese text.</summary>
    public string? FollowText { get; set; }

    /// <summary>Answer to any message or rich-menu tap; empty: the shipped Japanese text.</summary>
    public string? ReplyText { get; set; }

    /// <summary>The push when a counselor replied; empty: the shipped Japanese text.</summary>
    public string? PushText { get; set; }

    /// <summary>Webhook events older than this (or from the future by more than a minute) are ignored, so a captured
    /// body cannot be replayed once its ids have left the dedup table.</summary>
    public TimeSpan MaxEventAge { get; set; } = TimeSpan.FromMinutes(10);

    public bool LoginEnabled => !string.IsNullOrWhiteSpace(LoginChannelId) && !string.IsNullOrWhiteSpace(LoginChannelSecret);

    public bool MessagingEnabled =>
        !string.IsNullOrWhiteSpace(MessagingChannelSecret) && !string.IsNullOrWhiteSpace(MessagingAccessToken) && !string.IsNullOrWhiteSpace(SiteUrl);

    public string SiteLink(string path) => SiteUrl!.TrimEnd('/') + "/" + path.TrimStart('/');
}
