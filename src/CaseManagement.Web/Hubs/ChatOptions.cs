namespace CaseManagement.Web.Hubs;

/// <summary>Live chat settings (configuration section CaseManagement:Chat).</summary>
public sealed class ChatOptions
{
    public const string Section = "CaseManagement:Chat";

    /// <summary>How often a chat page without a live connection asks for news.</summary>
    public int PollSeconds { get; set; } = 3;
}
