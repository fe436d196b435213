using CaseManagement.Core.Administration;
using CaseManagement.Core.Audit;
using CaseManagement.Core.Common.Behaviours;
using CaseManagement.Core.DataLifecycle;
using CaseManagement.Core.Operations;
using CaseManagement.Core.Common.Database;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.ServiceTasks;
using CaseManagement.Core.Residents;
using CaseManagement.Core.Tasks;
using CaseManagement.Workflows.Abstractions;
using CaseManagement.Workflows.Calendar;
using CaseManagement.Workflows.Hosting;
using CaseManagement.Workflows.Hosting.Timers;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Consultations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace CaseManagement.Core.Common;

/// <summary>Registers the domain: database, workflow runtime, MediatR with its behaviours, validators, handlers.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddCaseManagementCore(this IServiceCollection services, string connectionString)
    {
        services.TryAddScoped<ActorOverride>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => WorkflowDataSource.Create(connectionString));
        services.AddDbContext<CaseDbContext>((sp, o) => o.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton<SqlMigrator>();
        services.AddWorkflowHosting();
        // Business rule tasks evaluate the latest published version of their DMN document (ADR 0022).
        services.AddSingleton<CaseManagement.Workflows.Dmn.IDecisionProvider, PublishedDecisions>();
        services.AddScoped<DeskTasks>();
        services.AddScoped<AfterCommit>();
        services.AddScoped<AuditOutcome>();
        // Business-time timers count on the case category's reception hours (WorkflowHostingExtensions picks this up).
        services.AddSingleton<CategoryCalendars>();
        services.AddSingleton<IBusinessCalendarProvider>(sp => sp.GetRequiredService<CategoryCalendars>());
        services.AddOptions<AttachmentOptions>();
        services.AddScoped<AuditTrail>();
        services.AddOptions<DataLifecycleOptions>();
        services.AddSingleton<DeletionCertificateSigner>();
        services.AddOperations();
        services.AddScoped<IWorkflowTimerHandler, WorkflowTimerHandler>();
        services.AddResidentChannels();
        foreach (var type in BuiltInServiceTask.Types)
        {
            services.AddSingleton<IServiceTaskHandler>(sp => new BuiltInServiceTask(type, sp.GetRequiredService<IServiceScopeFactory>()));
        }

        // Registered after the built-ins: the last handler of a cm:type wins (staff notifications for notify).
        services.AddSingleton<IServiceTaskHandler, Notifications.NotifyServiceTask>();

        services.AddScoped<ServiceFactory>(sp => t => sp.GetService(t)!);
        services.AddScoped<IMediator, Mediator>();
        services.Scan(scan => scan.FromAssemblyOf<CaseDbContext>()
            .AddClasses(c => c.AssignableToAny(typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IValidator<>)))
            .AsImplementedInterfaces()
            .WithScopedLifetime());

        // Order matters: the first registered is the outermost (CONVENTIONS: exception → authorization →
        // validation → audit → transaction).
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ExceptionBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuditBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));
        return services;
    }
}
