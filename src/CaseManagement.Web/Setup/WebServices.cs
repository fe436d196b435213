using CaseManagement.Core.Audit;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Mail;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Residents.Line;
using CaseManagement.Core.Tasks;
using CaseManagement.Web.Health;
using CaseManagement.Web.Hubs;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Security;
using CaseManagement.Workflows.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Npgsql;

namespace CaseManagement.Web.Setup;

/// <summary>Everything the web host registers: Core, staff sign-in, localization, Razor Pages and their filters.</summary>
internal static class WebServices
{
    public const string DeskPolicy = "Desk";
    public const string AdminPolicy = "Admin";
    public const string AuditPolicy = "Audit";
    public const string WorkflowReadersPolicy = "WorkflowReaders";

    public static WebApplicationBuilder AddCaseManagementWeb(this WebApplicationBuilder builder, string connectionString)
    {
        var services = builder.Services;
        services.AddCaseManagementCore(connectionString);
        services.Configure<MailOptions>(builder.Configuration.GetSection("Mail"));
        services.Configure<LineOptions>(builder.Configuration.GetSection("Line"));
        services.AddWorkflowBackgroundServices(connectionString);
        services.Configure<CaseManagement.Core.DataLifecycle.DataLifecycleOptions>(builder.Configuration.GetSection("CaseManagement:DataLifecycle"));
        services.AddSingleton<AuditPartitionMaintenance>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditPartitionMaintenance>());
        services.AddHttpContextAccessor();
        services.AddSignalR();
        services.AddCaseManagementCluster();
        services.AddScoped<MediatR.INotificationHandler<DeskTaskChanged>, DeskHubForwarder>();
        services.AddScoped<MediatR.INotificationHandler<Core.Notifications.StaffNotificationsChanged>, NotificationsHubForwarder>();
        services.Configure<ForwardedHeadersOptions>(o => TrustedProxies.Configure(o, builder.Configuration));
        services.AddSingleton<StaffIpAllowlist>();
        services.AddCaseManagementRateLimits(builder.Configuration);
        services.AddCaseManagementHealth(builder.Configuration);
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<CookiePolicyOptions>(o =>
        {
            // No cookie of ours goes to another site's requests; Secure whenever the request came over HTTPS (via nginx).
            o.MinimumSameSitePolicy = SameSiteMode.Lax;
            o.Secure = CookieSecurePolicy.SameAsRequest;
        });
        services.AddScoped<ICurrentActor>(sp =>
            sp.GetRequiredService<ActorOverride>().Actor ?? new HttpCurrentActor(sp.GetRequiredService<IHttpContextAccessor>()));

        services.AddDbContext<StaffIdentityDbContext>((sp, o) => o.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddIdentity<StaffUser, IdentityRole<Guid>>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<StaffIdentityDbContext>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddErrorDescriber<StaffIdentityErrors>()
            .AddDefaultTokenProviders();
        // Every staff request checks the account's security stamp, so disabling a member, resetting their password or
        // authenticator ends their sessions at once, and role changes apply on the next request (ADR 0020).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.Configure<StaffSecurityOptions>(builder.Configuration.GetSection(StaffSecurityOptions.Section));
        services.AddScoped<StaffAccounts>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "cm.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromHours(9);
            o.SlidingExpiration = true;
        });
        services.AddResidentSignIn();
        services.AddAuthorizationBuilder()
            .AddPolicy(DeskPolicy, p => p.RequireRole(Roles.Counselor, Roles.Supervisor))
            .AddPolicy(AdminPolicy, p => p.RequireRole(Roles.Admin))
            .AddPolicy(AuditPolicy, p => p.RequireRole(Roles.Auditor))
            .AddPolicy(WorkflowReadersPolicy, p => p.RequireRole(Roles.Auditor, Roles.Admin, Roles.Supervisor));

        // Japanese is the page language: emit it as UTF-8 text, not as &#x…; entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeAreaFolder("Desk", "/", DeskPolicy);
                o.Conventions.AuthorizeAreaFolder("Admin", "/", AdminPolicy);
                o.Conventions.AuthorizeAreaFolder("Audit", "/", AuditPolicy);
                o.Conventions.AddAreaFolderApplicationModelConvention("Audit", "/", m => m.Filters.Add(new ReadOnlyPageFilter()));
                o.Conventions.AddAreaPageRoute("Resident", "/Index", "/");
                o.Conventions.AddPageApplicationModelConvention("/Account/Login", m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimits.SignIn)));
                o.Conventions.AddAreaFolderApplicationModelConvention("Resident", "/", m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimits.Resident)));
                o.Conventions.AuthorizeAreaFolder("Resident", "/Mine", ResidentAuthentication.Policy);
            })
            .AddMvcOptions(o =>
            {
                // Required-ness is the use case validators' business, with their Japanese messages.
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                o.Filters.Add<NoStorePageFilter>();
                o.Filters.Add<UseCaseExceptionPageFilter>();
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, f) => f.Create(typeof(SharedResource)));
        builder.AddChat();
        return builder;
    }
}
