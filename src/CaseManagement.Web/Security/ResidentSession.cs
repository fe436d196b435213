namespace CaseManagement.Web.Security;

/// <summary>The resident signed in on this request (a request feature).</summary>
internal sealed record ResidentSession(Guid ResidentId);
