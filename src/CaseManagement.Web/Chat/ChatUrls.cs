namespace CaseManagement.Web.Chat;

/// <summary>Where a chat page talks to: the hub, the messages fragment (also state and read), the attachments.</summary>
public sealed record ChatUrls(string Hub, string Messages, string Attachments)
{
    /// <summary>Under the resident's secret link, so that whatever the link carries (its PIN grant cookie) goes along.</summary>
    public static ChatUrls Resident(string token) =>
        new($"/Resident/Consultation/{token}/hub", $"/Resident/Consultation/{token}/messages", $"/Resident/Consultation/{token}/attachments");

    public static ChatUrls Staff(Guid caseId) =>
        new("/hubs/chat", $"/Desk/Case/{caseId}/Messages", $"/Desk/Case/{caseId}/Attachments");
}
