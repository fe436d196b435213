using CaseManagement.Core.Cases;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Tests.Tasks;
using CaseManagement.Testing.Core;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Cases;

/// <summary>Staff of a case's category record its statistics attributes; every change is audited.</summary>
public sealed class UpdateCaseAttributesTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    [Fact]
    public async Task A_counselor_of_the_category_records_the_attributes_and_an_audit_row()
    {
        var task = await host.NewChildTaskAsync();

        await host.SendAsync(host.Hanako, new UpdateCaseAttributes(task.CaseId, "development", "female", "30s", " 中央地区 "));

        var saved = await host.QueryAsync(db => db.Cases.SingleAsync(c => c.Id == task.CaseId));
        Assert.Equal(("development", "female", "30s", "中央地区"), (saved.ConsultationType, saved.ResidentGender, saved.AgeBand, saved.Area));
        Assert.True(await host.QueryAsync(db => db.AuditLog.AnyAsync(a => a.Action == nameof(UpdateCaseAttributes) && a.Target == "case:" + task.CaseId)));
    }

    [Fact]
    public async Task Empty_values_clear_the_attributes()
    {
        var task = await host.NewChildTaskAsync();
        await host.SendAsync(host.Hanako, new UpdateCaseAttributes(task.CaseId, "abuse", "male", "unknown", "北地区"));

        await host.SendAsync(host.Ichiro, new UpdateCaseAttributes(task.CaseId, "", null, " ", ""));

        var saved = await host.QueryAsync(db => db.Cases.SingleAsync(c => c.Id == task.CaseId));
        Assert.Null(saved.ConsultationType ?? saved.ResidentGender ?? saved.AgeBand ?? saved.Area);
    }

    [Fact]
    public async Task Values_outside_the_lists_are_refused_in_japanese()
    {
        var task = await host.NewChildTaskAsync();

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            host.SendAsync(host.Hanako, new UpdateCaseAttributes(task.CaseId, "gossip", "female", "30s", new string('地', 51))));

        Assert.Contains(refused.Errors, e => e.ErrorMessage == "相談種別は一覧から選んでください。");
        Assert.Contains(refused.Errors, e => e.ErrorMessage == "地区は 50 文字以内で入力してください（現在 51 文字）。");
    }

    [Fact]
    public async Task A_counselor_of_another_category_is_refused()
    {
        var task = await host.NewChildTaskAsync();

        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Misaki, new UpdateCaseAttributes(task.CaseId, "other", null, null, null)));
    }
}
