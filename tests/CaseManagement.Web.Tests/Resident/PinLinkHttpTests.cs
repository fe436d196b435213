using System.Net;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Resident;

/// <summary>The secret link over HTTP: another browser needs the PIN, a wrong one is refused with the tries left,
/// the fifth locks the link (429, no PIN form); bad PIN choices are refused in Japanese.</summary>
public sealed class PinLinkHttpTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Another_browser_with_the_link_sees_only_the_PIN_form_until_the_right_PIN()
    {
        using var resident = app.CreateClient();
        var link = await resident.StartAsync(message: "PIN の確認をしたいです。");
        using var other = app.CreateClient();

        var asked = await other.GetStringAsync(new Uri(link, UriKind.Relative));
        Assert.Contains("暗証番号を入力してください", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("PIN の確認をしたいです。", asked, StringComparison.Ordinal);

        var wrong = await other.EnterPinAsync(link, "9999");
        var wrongHtml = await wrong.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("暗証番号が違います。あと 4 回間違えると", wrongHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("PIN の確認をしたいです。", wrongHtml, StringComparison.Ordinal);

        var right = await other.EnterPinAsync(link, TestPin.Default);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Contains("PIN の確認をしたいです。", await other.GetStringAsync(new Uri(link, UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_PINs_lock_the_link_and_the_page_offers_no_PIN_form_meanwhile()
    {
        using var resident = app.CreateClient();
        var link = await resident.StartAsync();
        using var attacker = app.CreateClient();

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await attacker.EnterPinAsync(link, "1357")).StatusCode);
        }

        var fifth = await attacker.EnterPinAsync(link, "1357");
        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
        Assert.Contains("暗証番号の誤りが続いたため、このリンクは", await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // while locked the page offers no PIN form at all (the right PIN refused meanwhile: ConsultationPinTests)
        var locked = await attacker.GetAsync(new Uri(link, UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.DoesNotContain("name=\"Pin\"", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // the resident's own browser, which entered the PIN before, still reads the consultation
        Assert.Equal(HttpStatusCode.OK, (await resident.GetAsync(new Uri(link, UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("12", "12", "暗証番号は4〜8桁の数字で入力してください。")]
    [InlineData("1111", "1111", "同じ数字の繰り返しや連番")]
    [InlineData("2580", "2581", "確認のために入力した暗証番号が一致しません。")]
    public async Task A_bad_PIN_choice_is_refused_in_Japanese_keeps_the_message_and_never_echoes_the_PIN(string pin, string confirmation, string message)
    {
        using var client = app.CreateClient();

        var response = await client.PostFormAsync("/Resident/Consult/child",
            new Dictionary<string, string> { ["Message"] = "残しておきたい相談文", ["Pin"] = pin, ["PinConfirmation"] = confirmation });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("残しておきたい相談文", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{pin}\"", html, StringComparison.Ordinal);
    }
}
