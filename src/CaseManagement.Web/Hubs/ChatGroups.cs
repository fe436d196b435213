namespace CaseManagement.Web.Hubs;

/// <summary>The SignalR group of one consultation, in the resident's hub and in the staff's.</summary>
internal static class ChatGroups
{
    public static string Case(Guid caseId) => "case:" + caseId;
}
