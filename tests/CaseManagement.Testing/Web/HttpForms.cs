using System.Text.RegularExpressions;

namespace CaseManagement.Testing.Web;

/// <summary>Posting server-rendered forms over plain HTTP: fetch the page, take its antiforgery token, post.</summary>
public static partial class HttpForms
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, IDictionary<string, string> fields, string? actionUrl = null)
    {
        var page = await client.GetStringAsync(new Uri(pageUrl, UriKind.Relative));
        var token = AntiforgeryToken().Match(page) is { Success: true } m ? m.Groups[1].Value
            : throw new InvalidOperationException("no antiforgery token on " + pageUrl);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri(actionUrl ?? pageUrl, UriKind.Relative), content);
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, (string UserName, string Password) account) =>
        client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["UserName"] = account.UserName, ["Password"] = account.Password });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
