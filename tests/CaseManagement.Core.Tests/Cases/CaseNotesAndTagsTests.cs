using CaseManagement.Core.Cases;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Consultations;
using CaseManagement.Testing.Core;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Cases;

/// <summary>Internal notes (staff only, never in what the resident reads) and free tags on a case: audited, kept to
/// the case's category, refused in Japanese when too long.</summary>
public sealed class CaseNotesAndTagsTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    [Fact]
    public async Task A_note_is_listed_for_staff_with_its_author_and_never_in_the_residents_view()
    {
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "相談です。", TestPin.Default));

        await host.SendAsync(host.Hanako, new AddCaseNote(started.CaseId, "  母親の話では父親は単身赴任中。  "));

        var note = Assert.Single(await host.SendAsync(host.Taro, new ListCaseNotes(started.CaseId)));
        Assert.Equal(("母親の話では父親は単身赴任中。", "相談 花子"), (note.Body, note.AuthorName));
        var resident = await host.SendAsync(TestActor.Resident, new GetConsultation(started.AccessToken, started.Grant));
        Assert.DoesNotContain(resident.Messages, m => m.Body.Contains("単身赴任", StringComparison.Ordinal));
        Assert.True(await host.QueryAsync(db => db.AuditLog.AnyAsync(a => a.Action == nameof(AddCaseNote) && a.Target == "case:" + started.CaseId && a.Outcome == "succeeded")));
    }

    [Fact]
    public async Task An_empty_or_too_long_note_or_one_from_another_category_is_refused_and_nothing_is_kept()
    {
        var caseId = (await host.SendAsync(TestActor.Resident, new StartConsultation("child", "相談です。", TestPin.Default))).CaseId;

        var empty = await Assert.ThrowsAsync<ValidationException>(() => host.SendAsync(host.Hanako, new AddCaseNote(caseId, "  ")));
        var tooLong = await Assert.ThrowsAsync<ValidationException>(() => host.SendAsync(host.Hanako, new AddCaseNote(caseId, new string('あ', 2001))));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Misaki, new AddCaseNote(caseId, "他分野から")));

        Assert.Equal("メモを入力してください。", Assert.Single(empty.Errors).ErrorMessage);
        Assert.Equal("メモは 2000 文字以内で入力してください。", Assert.Single(tooLong.Errors).ErrorMessage);
        Assert.Empty(await host.SendAsync(host.Hanako, new ListCaseNotes(caseId)));
    }

    [Fact]
    public async Task Tags_are_replaced_as_written_and_too_long_ones_are_refused()
    {
        var caseId = (await host.SendAsync(TestActor.Resident, new StartConsultation("child", "相談です。", TestPin.Default))).CaseId;

        Assert.Equal(["要フォロー", "学校連携"], await host.SendAsync(host.Hanako, new SetCaseTags(caseId, "要フォロー、学校連携 要フォロー")));
        await host.SendAsync(host.Taro, new SetCaseTags(caseId, "学校連携"));
        var refused = await Assert.ThrowsAsync<ValidationException>(() => host.SendAsync(host.Hanako, new SetCaseTags(caseId, new string('長', 21))));

        Assert.Equal("タグは1つ 20 文字以内で入力してください。", Assert.Single(refused.Errors).ErrorMessage);
        Assert.Equal(["学校連携"], (await host.SendAsync(host.Hanako, new ListCaseTags([caseId])))[caseId]);
        Assert.Equal(2, await host.QueryAsync(db => db.AuditLog.CountAsync(a => a.Action == nameof(SetCaseTags) && a.Target == "case:" + caseId && a.Outcome == "succeeded")));
    }
}
