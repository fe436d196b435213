using CaseManagement.Core.Cases;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Residents;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing.Core;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseManagement.Core.Tests.Consultations;

/// <summary>History first across cases (the same resident's earlier cases and messages, nobody else's) and a
/// counselor writing to the resident of a closed case through the same path as a reply.</summary>
public sealed class EarlierCasesAndContactTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    [Fact]
    public async Task Only_the_same_residents_earlier_cases_of_ones_categories_are_listed_newest_first_with_their_messages()
    {
        var first = await ConsultAsync("child", "一度目の相談です。");
        var second = await ConsultAsync("child", "二度目の相談です。");
        var otherCategory = await ConsultAsync("maternity", "別の分野の相談です。");
        var someoneElse = await ConsultAsync("child", "別の住民の相談です。");
        var anonymous = await ConsultAsync("child", "匿名の相談です。");
        var current = await ConsultAsync("child", "今回の相談です。");
        var resident = await LinkResidentAsync(first, second, otherCategory, current);
        await LinkResidentAsync(someoneElse);

        var earlier = await host.SendAsync(host.Hanako, new ListEarlierConsultations(current));

        Assert.Equal([second, first], earlier.Select(e => e.Case.Id));
        Assert.Equal("二度目の相談です。", Assert.Single(earlier[0].Messages, m => m.Author == MessageAuthor.Resident).Body);
        Assert.DoesNotContain(earlier.SelectMany(e => e.Messages), m => m.Body is "別の分野の相談です。" or "別の住民の相談です。" or "匿名の相談です。");
        Assert.Empty(await host.SendAsync(host.Hanako, new ListEarlierConsultations(anonymous)));
        Assert.Empty(await host.SendAsync(host.Hanako, new ListEarlierConsultations(first)));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Misaki, new ListEarlierConsultations(current)));
        Assert.NotEqual(Guid.Empty, resident);
    }

    [Fact]
    public async Task A_counselor_writes_to_the_resident_of_a_closed_case_who_reads_it_through_the_link_and_the_case_stays_closed()
    {
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "以前お世話になりました。", TestPin.Default));
        await CloseAsync(started.CaseId);
        var heard = new List<StaffMessageSent>();
        await using var services = Services(heard);

        await SendAsync(services, host.Taro, new ContactResident(started.CaseId, "その後いかがでしょうか。"));

        var view = await host.SendAsync(TestActor.Resident, new GetConsultation(started.AccessToken, started.Grant));
        var contact = view.Messages[^1];
        Assert.Equal((MessageAuthor.Staff, "その後いかがでしょうか。", null), (contact.Author, contact.Body, contact.StaffName));
        Assert.Equal(CaseStatus.Closed, view.Case.Status);
        Assert.Equal(started.CaseId, Assert.Single(heard).CaseId);
        Assert.True(await host.QueryAsync(db => db.AuditLog.AnyAsync(a => a.Action == nameof(ContactResident) && a.Target == "case:" + started.CaseId && a.Outcome == "succeeded")));
    }

    [Fact]
    public async Task A_reply_announces_itself_the_same_way()
    {
        var task = await Tasks.DeskTestTasks.NewChildTaskAsync(host, "返信の通知の確認");
        await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));
        await host.SendAsync(host.Hanako, new MarkHistoryViewed(task.TaskId));
        var heard = new List<StaffMessageSent>();
        await using var services = Services(heard);

        var id = await SendAsync(services, host.Hanako, new ReplyToResident(task.CaseId, "お返事します。"));

        Assert.Equal((task.CaseId, id), (Assert.Single(heard).CaseId, heard[0].MessageId));
    }

    [Fact]
    public async Task Contact_on_an_open_case_or_from_another_category_is_refused_and_writes_nothing()
    {
        var open = await ConsultAsync("child", "まだ対応中です。");
        var closed = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "終わった相談です。", TestPin.Default));
        await CloseAsync(closed.CaseId);

        var conflict = await Assert.ThrowsAsync<ConflictException>(() => host.SendAsync(host.Hanako, new ContactResident(open, "割り込み")));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Misaki, new ContactResident(closed.CaseId, "他分野から")));
        var empty = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => host.SendAsync(host.Hanako, new ContactResident(closed.CaseId, " ")));

        Assert.Equal("対応中の相談には、担当するタスクから返信してください（相談者への連絡は終了した相談が対象です）。", conflict.Message);
        Assert.Equal("返信内容を入力してください。", Assert.Single(empty.Errors).ErrorMessage);
        Assert.False(await host.QueryAsync(db => db.CaseMessages.AnyAsync(m => m.Body == "割り込み" || m.Body == "他分野から")));
    }

    private async Task<Guid> ConsultAsync(string category, string message) =>
        (await host.SendAsync(TestActor.Resident, new StartConsultation(category, message, TestPin.Default))).CaseId;

    private async Task CloseAsync(Guid caseId)
    {
        var task = Assert.Single(await host.SendAsync(host.Hanako, new ListOpenTasksOfCase(caseId)));
        await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));
        await host.SendAsync(host.Hanako, new CompleteTask(task.TaskId, new Dictionary<string, object?> { ["followUp"] = false }));
        Assert.Equal(CaseStatus.Closed, (await host.SendAsync(host.Hanako, new GetCase(caseId))).Status);
    }

    /// <summary>Names one resident as the resident of these cases. Resident sign-in, which will do this when a signed-in
    /// resident consults, is another change; until it lands the link is written directly.</summary>
    private async Task<Guid> LinkResidentAsync(params Guid[] caseIds)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Common.CaseDbContext>();
        var resident = new Resident { Id = Guid.CreateVersion7(), Email = $"{Guid.NewGuid():N}@example.jp", CreatedAt = DateTimeOffset.UtcNow };
        db.Residents.Add(resident);
        await db.SaveChangesAsync();
        await db.Cases.Where(c => caseIds.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(c => c.ResidentId, resident.Id));
        return resident.Id;
    }

    private ServiceProvider Services(List<StaffMessageSent> heard)
    {
        var collection = new ServiceCollection();
        collection.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        Core.Common.CoreServiceCollectionExtensions.AddCaseManagementCore(collection, host.ConnectionString);
        collection.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<ActorOverride>().Actor!);
        collection.AddSingleton<INotificationHandler<StaffMessageSent>>(new Recorder(heard));
        return collection.BuildServiceProvider();
    }

    private static async Task<T> SendAsync<T>(ServiceProvider services, ICurrentActor actor, IRequest<T> request)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = actor;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private sealed class Recorder(List<StaffMessageSent> heard) : INotificationHandler<StaffMessageSent>
    {
        public Task Handle(StaffMessageSent notification, CancellationToken cancellationToken)
        {
            heard.Add(notification);
            return Task.CompletedTask;
        }
    }
}
