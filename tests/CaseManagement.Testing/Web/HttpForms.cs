using System.Text.RegularExpressions;

namespace CaseManagement.Testing.Web;

/// <summary>Posting server-rendered forms over plain HTTP: fetch the page, take its antiforgery token, post.</summary>
public static partial class HttpForms
{
    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, IDictionary<string, string> fields, string? actionUrl = null) =>
        client.PostFormFieldsAsync(pageUrl, fields, actionUrl);

    /// <summary>Posts fields that may repeat a name (check boxes: Roles=Admin&amp;Roles=Auditor).</summary>
    public static async Task<HttpResponseMessage> PostFormFieldsAsync(this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? actionUrl = null)
    {
        var page = await client.GetStringAsync(new Uri(pageUrl, UriKind.Relative));
        var token = AntiforgeryToken().Match(page) is { Success: true } m ? m.Groups[1].Value
            : throw new InvalidOperationException("no antiforgery token on " + pageUrl);
        var form = fields.Append(new("__RequestVerificationToken", token)).ToList();
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri(actionUrl ?? pageUrl, UriKind.Relative), content);
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, (string UserName, string Password) account) =>
        client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["UserName"] = account.UserName, ["Password"] = account.Password });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
