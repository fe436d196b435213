using System.Net;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Resident;

/// <summary>A resident's steps over plain HTTP: start with a PIN, enter a PIN.</summary>
internal static class ResidentHttp
{
    /// <summary>Starts a consultation and returns its secret link path (/Resident/Consultation/{token}).</summary>
    public static async Task<string> StartAsync(this HttpClient client, string category = "child", string message = "相談があります。", string pin = TestPin.Default)
    {
        var response = await client.PostFormAsync("/Resident/Consult/" + category,
            new Dictionary<string, string> { ["Message"] = message, ["Pin"] = pin, ["PinConfirmation"] = pin });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString.Split('?')[0];
    }

    public static Task<HttpResponseMessage> EnterPinAsync(this HttpClient client, string link, string pin) =>
        client.PostFormAsync(link, new Dictionary<string, string> { ["Pin"] = pin }, link + "?handler=Pin");
}
