namespace CaseManagement.Web.Security;

/// <summary>Sign-out and "leave this device": tells the browser to drop this site's cookies, storage and cache, so
/// nothing of a consultation stays on a shared or borrowed phone.</summary>
internal static class ClearSiteData
{
    public static void Apply(HttpResponse response) =>
        response.Headers["Clear-Site-Data"] = "\"cache\", \"cookies\", \"storage\"";
}
