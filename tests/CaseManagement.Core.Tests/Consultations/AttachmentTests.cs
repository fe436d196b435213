using System.Security.Cryptography;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Consultations;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Files;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Consultations;

/// <summary>Attachments: the type comes from the content's magic bytes, the size is limited, a refusal changes
/// nothing and is audited, and a file goes only to its case's resident and staff of its category.</summary>
public sealed class AttachmentTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    [Fact]
    public async Task A_residents_png_becomes_a_message_with_the_file_both_sides_can_download()
    {
        var c = await host.ClaimedChildCaseAsync();

        var messageId = await host.SendAsync(TestActor.Resident, new AddResidentAttachment(c.Token, @"C:\Users\hanako\写真.png", SampleFiles.Png, "子どもの発疹の写真です。", c.Grant));

        var staffView = await host.SendAsync(host.Hanako, new GetCaseConsultation(c.CaseId));
        var message = Assert.Single(staffView.Messages, m => m.Id == messageId);
        Assert.Equal((MessageAuthor.Resident, "子どもの発疹の写真です。"), (message.Author, message.Body));
        var listed = Assert.Single((await host.SendAsync(TestActor.Resident, new GetResidentChat(c.Token, c.Grant))).Attachments);
        Assert.Equal((messageId, "写真.png", "image/png", SampleFiles.Png.Length, true), (listed.MessageId, listed.FileName, listed.ContentType, listed.SizeBytes, listed.IsImage));
        var byResident = await host.SendAsync(TestActor.Resident, new DownloadResidentAttachment(c.Token, listed.Id, c.Grant));
        var byStaff = await host.SendAsync(host.Taro, new DownloadCaseAttachment(c.CaseId, listed.Id));
        Assert.Equal(SampleFiles.Png, byResident.Content);
        Assert.Equal(SampleFiles.Png, byStaff.Content);
        Assert.Equal(SHA256.HashData(SampleFiles.Png), await host.QueryAsync(db => db.CaseAttachments.Where(a => a.Id == listed.Id).Select(a => a.Sha256).SingleAsync()));
    }

    [Fact]
    public async Task A_program_named_like_a_png_is_refused_with_a_japanese_message_and_nothing_changes()
    {
        var c = await host.ClaimedChildCaseAsync();
        var before = await CountsAsync(c.CaseId);

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            host.SendAsync(TestActor.Resident, new AddResidentAttachment(c.Token, "photo.png", SampleFiles.Exe, Grant: c.Grant)));

        Assert.Equal("送れるのは JPEG・PNG の画像と PDF だけです。このファイルの中身はそのどれでもないため、送信していません。", Assert.Single(refused.Errors).ErrorMessage);
        Assert.Equal(before, await CountsAsync(c.CaseId));
        Assert.Equal("refused", await LastOutcomeAsync(nameof(AddResidentAttachment)));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_and_nothing_changes()
    {
        var c = await host.ClaimedChildCaseAsync();
        var before = await CountsAsync(c.CaseId);
        var limit = new AttachmentOptions().MaxBytes;

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            host.SendAsync(host.Hanako, new SendAttachmentToResident(c.CaseId, "大きな写真.png", SampleFiles.PngOver(limit))));

        Assert.Equal("ファイルが大きすぎます。10 MB 以下のファイルにしてください。何も送信していません。", Assert.Single(refused.Errors).ErrorMessage);
        Assert.Equal(before, await CountsAsync(c.CaseId));
    }

    [Theory]
    [InlineData("", "attachment.pdf")]
    [InlineData("報告書", "報告書.pdf")]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("説明.PDF", "説明.PDF")]
    public async Task A_pdf_is_accepted_and_named_with_an_extension_matching_its_content(string sent, string stored)
    {
        var c = await host.ClaimedChildCaseAsync();

        await host.SendAsync(host.Hanako, new SendAttachmentToResident(c.CaseId, sent, SampleFiles.Pdf));

        var listed = Assert.Single((await host.SendAsync(host.Hanako, new GetCaseChat(c.CaseId))).Attachments);
        Assert.Equal((stored, "application/pdf"), (listed.FileName, listed.ContentType));
        Assert.Equal(stored, (await host.SendAsync(TestActor.Resident, new DownloadResidentAttachment(c.Token, listed.Id, c.Grant))).FileName);
    }

    [Fact]
    public async Task Staff_send_files_under_the_rules_of_a_reply_their_task_and_the_history_read_first()
    {
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "写真を送ってほしい相談", TestPin.Default));
        var task = (await host.SendAsync(host.Hanako, new Core.Tasks.ListDeskQueue())).Single(t => t.CaseNumber == started.CaseNumber);
        await host.SendAsync(host.Hanako, new Core.Tasks.ClaimTask(task.TaskId));

        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Taro, new SendAttachmentToResident(started.CaseId, "a.pdf", SampleFiles.Pdf)));
        await Assert.ThrowsAsync<ConflictException>(() => host.SendAsync(host.Hanako, new SendAttachmentToResident(started.CaseId, "a.pdf", SampleFiles.Pdf)));
        await host.SendAsync(host.Hanako, new Core.Tasks.MarkHistoryViewed(task.TaskId));
        await host.SendAsync(host.Hanako, new SendAttachmentToResident(started.CaseId, "a.pdf", SampleFiles.Pdf));

        var message = (await host.SendAsync(TestActor.Resident, new GetConsultation(started.AccessToken, started.Grant))).Messages[^1];
        Assert.Equal((MessageAuthor.Staff, ""), (message.Author, message.Body));
    }

    [Fact]
    public async Task A_file_goes_only_to_its_cases_resident_and_staff_of_its_category_and_every_download_is_audited()
    {
        var c = await host.ClaimedChildCaseAsync();
        var other = await host.ClaimedChildCaseAsync();
        await host.SendAsync(TestActor.Resident, new AddResidentAttachment(c.Token, "写真.png", SampleFiles.Png, Grant: c.Grant));
        var id = Assert.Single((await host.SendAsync(TestActor.Resident, new GetResidentChat(c.Token, c.Grant))).Attachments).Id;

        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(TestActor.Resident, new DownloadResidentAttachment(other.Token, id, other.Grant)));
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(host.Hanako, new DownloadCaseAttachment(other.CaseId, id)));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Misaki, new DownloadCaseAttachment(c.CaseId, id)));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Auditor, new DownloadCaseAttachment(c.CaseId, id)));
        await host.SendAsync(host.Hanako, new DownloadCaseAttachment(c.CaseId, id));

        var rows = await host.QueryAsync(db => db.AuditLog.Where(a => a.Target == "attachment:" + id).OrderBy(a => a.Id)
            .Select(a => new { a.Actor, a.Action, a.Outcome }).ToListAsync());
        Assert.Equal(
            [
                ("resident:anonymous", nameof(DownloadResidentAttachment), "refused"),
                ("staff:" + host.Hanako.StaffId, nameof(DownloadCaseAttachment), "refused"),
                ("staff:" + host.Misaki.StaffId, nameof(DownloadCaseAttachment), "refused"),
                ("staff:" + host.Auditor.StaffId, nameof(DownloadCaseAttachment), "refused"),
                ("staff:" + host.Hanako.StaffId, nameof(DownloadCaseAttachment), "succeeded"),
            ],
            rows.Select(r => (r.Actor, r.Action, r.Outcome)));
    }

    private Task<(int Messages, int Attachments)> CountsAsync(Guid caseId) => host.QueryAsync(async db =>
        (await db.CaseMessages.CountAsync(m => m.CaseId == caseId), await db.CaseAttachments.CountAsync(a => a.CaseId == caseId)));

    private Task<string> LastOutcomeAsync(string action) => host.QueryAsync(db =>
        db.AuditLog.Where(a => a.Action == action).OrderByDescending(a => a.Id).Select(a => a.Outcome).FirstAsync());
}
