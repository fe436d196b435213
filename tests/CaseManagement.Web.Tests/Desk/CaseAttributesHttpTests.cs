using System.Net;
using System.Text.RegularExpressions;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Desk;

/// <summary>The statistics attributes form of the task workspace over real HTTP.</summary>
public sealed class CaseAttributesHttpTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_counselor_saves_the_attributes_and_sees_them_selected()
    {
        using var resident = app.CreateClient(followRedirects: true);
        await resident.PostFormAsync("/Resident/Consult/child", new Dictionary<string, string> { ["Message"] = "統計項目を入れる相談", ["Pin"] = TestPin.Default, ["PinConfirmation"] = TestPin.Default });
        using var counselor = app.CreateClient();
        await counselor.SignInAsync(DemoAccounts.Counselor);
        var queue = await counselor.GetStringAsync(new Uri("/Desk", UriKind.Relative));
        var page = "/Desk/Task/" + Regex.Match(queue, "/Desk/Task/([0-9a-f-]{36})").Groups[1].Value;

        var saved = await counselor.PostFormAsync(page, new Dictionary<string, string>
        {
            ["ConsultationType"] = "pregnancy", ["ResidentGender"] = "other", ["AgeBand"] = "70plus", ["Area"] = "東地区",
        }, actionUrl: page + "?handler=Attributes");
        var html = await counselor.GetStringAsync(new Uri(page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("<option value=\"pregnancy\" selected=\"selected\">妊娠・出産</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"70plus\" selected=\"selected\">70代以上</option>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"東地区\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_value_comes_back_as_400_with_the_japanese_message()
    {
        using var resident = app.CreateClient(followRedirects: true);
        await resident.PostFormAsync("/Resident/Consult/child", new Dictionary<string, string> { ["Message"] = "不正な項目の相談", ["Pin"] = TestPin.Default, ["PinConfirmation"] = TestPin.Default });
        using var counselor = app.CreateClient();
        await counselor.SignInAsync(DemoAccounts.Counselor);
        var queue = await counselor.GetStringAsync(new Uri("/Desk", UriKind.Relative));
        var page = "/Desk/Task/" + Regex.Match(queue, "/Desk/Task/([0-9a-f-]{36})").Groups[1].Value;

        var refused = await counselor.PostFormAsync(page, new Dictionary<string, string> { ["AgeBand"] = "ageless" }, actionUrl: page + "?handler=Attributes");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("年代は一覧から選んでください。", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
