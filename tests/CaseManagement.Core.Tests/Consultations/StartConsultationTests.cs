using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Consultations;
using CaseManagement.Testing.Core;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Consultations;

/// <summary>Bad input gets a clear Japanese message and changes nothing.</summary>
public sealed class StartConsultationTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public async Task An_empty_message_is_refused_in_Japanese_and_opens_no_case(string message)
    {
        var before = await host.QueryAsync(db => db.Cases.CountAsync());

        var e = await Assert.ThrowsAsync<ValidationException>(() => host.SendAsync(TestActor.Resident, new StartConsultation("child", message, TestPin.Default)));

        Assert.Contains("相談内容を入力してください。", e.Errors.Select(x => x.ErrorMessage));
        Assert.Equal(before, await host.QueryAsync(db => db.Cases.CountAsync()));
        Assert.True(await host.QueryAsync(db => db.AuditLog.AnyAsync(a => a.Action == nameof(StartConsultation) && a.Outcome == "refused")));
    }

    [Fact]
    public async Task A_message_over_4000_characters_is_refused_with_the_limit_named()
    {
        var e = await Assert.ThrowsAsync<ValidationException>(() =>
            host.SendAsync(TestActor.Resident, new StartConsultation("child", new string('あ', 4001), TestPin.Default)));

        Assert.Contains(e.Errors, x => x.ErrorMessage.Contains("4000", StringComparison.Ordinal) && x.ErrorMessage.Contains("4001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_category_is_not_found_and_opens_no_case()
    {
        var before = await host.QueryAsync(db => db.Cases.CountAsync());

        var e = await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(TestActor.Resident, new StartConsultation("nonexistent", "相談", TestPin.Default)));

        Assert.Equal("相談分野が見つかりません。", e.Message);
        Assert.Equal(before, await host.QueryAsync(db => db.Cases.CountAsync()));
        Assert.Equal(0, await host.QueryAsync(db => db.WorkflowInstances.CountAsync(i => !db.Cases.Any(c => c.WorkflowInstanceId == i.Id))));
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_wrong_secret_link_finds_nothing(string token)
    {
        var e = await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(TestActor.Resident, new GetConsultation(token)));
        Assert.Contains("相談が見つかりません", e.Message, StringComparison.Ordinal);
    }
}
