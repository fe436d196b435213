using CaseManagement.Core.Administration;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Mail;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Residents.Line;
using CaseManagement.Testing.Database;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Xunit;

namespace CaseManagement.Testing.Core;

/// <summary>Core's use cases on a fresh clone of the migrated database, with two categories and some staff:
/// 花子 and 太郎 work 児童相談 (child), 美咲 works only 妊産婦・育児相談 (maternity); 一郎 supervises 児童相談.</summary>
public sealed class CoreTestHost(TestPostgres postgres) : IAsyncLifetime
{
    private ServiceProvider? services;

    /// <summary>The application's connection (cannot change audit rows).</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The owner's connection to the same database, for tests that tamper with what the app may not.</summary>
    public string OwnerConnectionString => postgres.OwnerConnectionString(ConnectionString);

    public TestActor Hanako { get; } = TestActor.Staff("相談 花子", Roles.Counselor);

    public TestActor Taro { get; } = TestActor.Staff("相談 太郎", Roles.Counselor);

    public TestActor Misaki { get; } = TestActor.Staff("相談 美咲", Roles.Counselor);

    public TestActor Ichiro { get; } = TestActor.Staff("管理 一郎", Roles.Supervisor);

    public TestActor Auditor { get; } = TestActor.Staff("監査 次郎", Roles.Auditor);

    /// <summary>The time every use case sees; the system time unless a test sets it.</summary>
    public TestClock Clock { get; } = new();

    public IServiceProvider Services => services ?? throw new InvalidOperationException("not initialized");

    /// <summary>LINE settings of the host: off until a test points them at a fake LINE server.</summary>
    public LineOptions Line { get; } = new();

    /// <summary>Mail settings of the host: no SMTP server and no development mailbox until a test says so.</summary>
    public MailOptions Mail { get; } = new();

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await postgres.CreateDatabaseAsync();
        var collection = new ServiceCollection();
        collection.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        collection.AddCaseManagementCore(ConnectionString);
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddSingleton(Options.Create(Line));
        collection.AddSingleton(Options.Create(Mail));
        collection.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<ActorOverride>().Actor
            ?? throw new InvalidOperationException("a test must say who acts"));
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        var system = new SystemActor();
        await SendAsync(system, new EnsureCategory("child", "児童相談", "Child consultation", "", "", "consultation", 1));
        await SendAsync(system, new EnsureCategory("maternity", "妊産婦・育児相談", "Pregnancy and childcare", "", "", "consultation", 2));
        await SendAsync(system, new EnsureStaffMember(Hanako.StaffId!.Value, Hanako.DisplayName!, ["child"]));
        await SendAsync(system, new EnsureStaffMember(Taro.StaffId!.Value, Taro.DisplayName!, ["child"]));
        await SendAsync(system, new EnsureStaffMember(Misaki.StaffId!.Value, Misaki.DisplayName!, ["maternity"]));
        await SendAsync(system, new EnsureStaffMember(Ichiro.StaffId!.Value, Ichiro.DisplayName!, ["child"]));
    }

    /// <summary>Sends a request through the real MediatR pipeline in a new scope, as <paramref name="actor"/>.</summary>
    public async Task<T> SendAsync<T>(ICurrentActor actor, IRequest<T> request)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = actor;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Reads the database directly (assertions only; never to arrange state behind the use cases' back).</summary>
    public async Task<T> QueryAsync<T>(Func<CaseDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }
    }
}
