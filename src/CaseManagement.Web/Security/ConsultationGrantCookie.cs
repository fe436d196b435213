namespace CaseManagement.Web.Security;

/// <summary>Keeps the grant of a right PIN (see Core's UnlockConsultationLink) in a session cookie scoped to that
/// one consultation's path: HttpOnly, SameSite=Strict, gone when the browser closes or the resident leaves.</summary>
internal static class ConsultationGrantCookie
{
    public const string Name = "cm.pin";

    public static string Path(string token) => "/Resident/Consultation/" + token;

    public static string? Read(HttpRequest request) => request.Cookies[Name];

    public static void Write(HttpResponse response, string token, string grant) =>
        response.Cookies.Append(Name, grant, Options(response.HttpContext, token));

    public static void Delete(HttpResponse response, string token) =>
        response.Cookies.Delete(Name, Options(response.HttpContext, token));

    private static CookieOptions Options(HttpContext http, string token) => new()
    {
        Path = Path(token),
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = http.Request.IsHttps,
        IsEssential = true,
    };
}
