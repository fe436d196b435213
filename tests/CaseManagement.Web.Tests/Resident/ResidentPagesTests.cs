using System.Net;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Resident;

/// <summary>Resident pages over HTTP: Japanese by default, nothing cached, bad input refused without losing it.</summary>
public sealed class ResidentPagesTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_top_page_lists_the_shipped_categories_in_Japanese_and_is_not_cached()
    {
        using var client = app.CreateClient(followRedirects: true);

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("児童相談", html, StringComparison.Ordinal);
        Assert.Contains("妊産婦・育児相談", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task An_empty_message_is_refused_and_nothing_is_created()
    {
        using var client = app.CreateClient();

        var response = await client.PostFormAsync("/Resident/Consult/child", new Dictionary<string, string> { ["Message"] = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("相談内容を入力してください。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_too_long_message_is_refused_and_the_text_is_kept_in_the_form()
    {
        using var client = app.CreateClient();
        var text = "長い相談" + new string('あ', 4000);

        var response = await client.PostFormAsync("/Resident/Consult/child", new Dictionary<string, string> { ["Message"] = text });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("4000 文字以内", html, StringComparison.Ordinal);
        Assert.Contains(text, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Resident/Consultation/not-a-real-link")]
    [InlineData("/Resident/Consultation/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/Resident/Consult/no-such-category")]
    public async Task A_wrong_link_shows_a_Japanese_not_found_page(string path)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("見つかりません", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_rejected()
    {
        using var client = app.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Message"] = "CSRF" });

        var response = await client.PostAsync(new Uri("/Resident/Consult/child", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
