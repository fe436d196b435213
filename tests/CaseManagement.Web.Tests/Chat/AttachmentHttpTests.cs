using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using CaseManagement.Testing.Files;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Chat;

/// <summary>Attachments over real HTTP: multipart uploads sniffed by content and limited in size while they stream,
/// refusals in Japanese that change nothing, downloads that are always saved, never sniffed, never cached, and only
/// for the case's resident and staff of its category.</summary>
public sealed partial class AttachmentHttpTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_residents_png_is_stored_and_downloads_as_an_attachment_that_is_never_sniffed_or_cached()
    {
        using var resident = app.CreateClient();
        var consultation = await resident.StartConsultationAsync("写真を送ります");

        var sent = await UploadAsync(resident, consultation.Page, consultation.Page + "/attachments", "発疹.png", "image/png", SampleFiles.Png, "子どもの写真です");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(consultation.Page, sent.Headers.Location!.OriginalString);
        var page = await resident.GetStringAsync(new Uri(consultation.Page, UriKind.Relative));
        Assert.Contains("子どもの写真です", page, StringComparison.Ordinal);
        var download = await resident.GetAsync(new Uri(AttachmentLink(page, consultation.Page), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("発疹.png", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-store", download.Headers.CacheControl?.ToString());
        Assert.Equal(SampleFiles.Png, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_program_named_like_a_png_is_refused_in_japanese_and_nothing_is_added()
    {
        using var resident = app.CreateClient();
        var consultation = await resident.StartConsultationAsync("偽の写真");
        var before = await resident.GetStringAsync(new Uri(consultation.Page, UriKind.Relative));

        var refused = await UploadAsync(resident, consultation.Page, consultation.Page + "/attachments", "photo.png", "image/png", SampleFiles.Exe);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("送れるのは JPEG・PNG の画像と PDF だけです。", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(MessageCount(before), MessageCount(await resident.GetStringAsync(new Uri(consultation.Page, UriKind.Relative))));
    }

    [Fact]
    public async Task A_file_one_byte_over_the_limit_is_refused_while_it_streams_in_and_nothing_is_added()
    {
        using var resident = app.CreateClient();
        var consultation = await resident.StartConsultationAsync("大きな写真");
        var before = await resident.GetStringAsync(new Uri(consultation.Page, UriKind.Relative));

        var refused = await UploadAsync(resident, consultation.Page, consultation.Page + "/attachments", "big.png", "image/png", SampleFiles.PngOver(10 * 1024 * 1024));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("ファイルが大きすぎます。10 MB 以下のファイルにしてください。", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(MessageCount(before), MessageCount(await resident.GetStringAsync(new Uri(consultation.Page, UriKind.Relative))));
    }

    [Fact]
    public async Task A_file_far_over_the_limit_is_refused_the_same_way_after_reading_only_its_first_bytes()
    {
        using var resident = app.CreateClient();
        var consultation = await resident.StartConsultationAsync("とても大きなファイル");

        var refused = await UploadAsync(resident, consultation.Page, consultation.Page + "/attachments", "huge.pdf", "application/pdf", SampleFiles.PngOver(20 * 1024 * 1024));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("ファイルが大きすぎます。10 MB 以下のファイルにしてください。", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_counselors_pdf_reaches_the_resident_and_downloads_go_only_to_the_case_and_its_category()
    {
        using var resident = app.CreateClient();
        var consultation = await resident.StartConsultationAsync("書類がほしい");
        var stranger = await resident.StartConsultationAsync("別の人の相談");
        var cookies = new CookieContainer();
        using var counselor = app.Client(cookies);
        await counselor.SignInAsync(DemoAccounts.Counselor);
        var task = await counselor.ClaimAsync(consultation);
        var caseUrl = $"/Desk/Case/{task.CaseId}/Attachments";

        var sent = await UploadAsync(counselor, task.Page, caseUrl, "申請書", "application/octet-stream", SampleFiles.Pdf, taskId: task.TaskId);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(task.Page, sent.Headers.Location!.OriginalString);
        var link = AttachmentLink(await resident.GetStringAsync(new Uri(consultation.Page, UriKind.Relative)), consultation.Page);
        var id = link[(link.LastIndexOf('/') + 1)..];
        var download = await resident.GetAsync(new Uri(link, UriKind.Relative));
        Assert.Equal(("application/pdf", "申請書.pdf"), (download.Content.Headers.ContentType?.MediaType, download.Content.Headers.ContentDisposition?.FileNameStar));
        Assert.Equal(HttpStatusCode.OK, (await counselor.GetAsync(new Uri($"{caseUrl}/{id}", UriKind.Relative))).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync(new Uri($"{stranger.Page}/attachments/{id}", UriKind.Relative))).StatusCode);
        var (outsider, _) = await app.MaternityCounselorAsync();
        using (outsider)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync(new Uri($"{caseUrl}/{id}", UriKind.Relative))).StatusCode);
        }

        using var anonymous = app.CreateClient();
        var notSignedIn = await anonymous.GetAsync(new Uri($"{caseUrl}/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, notSignedIn.StatusCode);
        Assert.StartsWith("/Account/Login", notSignedIn.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    /// <summary>Posts the chat panel's form of <paramref name="page"/> as a browser would: token and comment first, the file last.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(
        HttpClient client, string page, string action, string fileName, string contentType, byte[] content, string? comment = null, Guid? taskId = null)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await client.ChatTokenAsync(page)), "__RequestVerificationToken" },
        };
        if (taskId is { } id)
        {
            form.Add(new StringContent(id.ToString()), "TaskId");
        }

        form.Add(new StringContent(comment ?? ""), "Comment");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "File", fileName);
        return await client.PostAsync(new Uri(action, UriKind.Relative), form);
    }

    private static string AttachmentLink(string html, string consultationPage) =>
        Regex.Match(html, $"href=\"({Regex.Escape(consultationPage)}/attachments/[0-9a-f-]{{36}})\"").Groups[1].Value is { Length: > 0 } link
            ? link : throw new InvalidOperationException("no attachment link on the page");

    private static int MessageCount(string html) => MessageItem().Matches(html).Count;

    [GeneratedRegex("<li class=\"cm-message--")]
    private static partial Regex MessageItem();
}
