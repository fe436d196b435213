using System.Reflection;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;

namespace CaseManagement.ArchitectureTests;

/// <summary>The auditor reads and changes nothing, and personal data read through a query is always audited by case.</summary>
public sealed class AuditTests
{
    private static readonly Type[] CoreTypes = typeof(Core.Common.CaseDbContext).Assembly.GetTypes();

    // Commands whose only effect is their own audit row (a download; recording that one enrolled one's own
    // authenticator or changed one's own password, which Identity stores): nothing else an auditor may send changes anything.
    private static readonly HashSet<string> AuditorCommands =
        [nameof(Core.Audit.ExportAuditLog), nameof(Core.Administration.RecordStaffTotpEnrolled), nameof(Core.Administration.RecordStaffPasswordChanged)];

    [Fact]
    public void An_auditor_may_send_no_command_but_the_audited_exports()
    {
        var commands = CoreTypes.Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)))
            .Where(t => t.GetCustomAttribute<AuthorizeAttribute>()?.Roles.Contains(Roles.Auditor) == true)
            .Select(t => t.Name);

        Assert.All(commands, c => Assert.True(AuditorCommands.Contains(c), $"{c} is open to auditors, who must change nothing"));
    }

    [Fact]
    public void Every_personal_data_view_names_the_case_or_resident_it_shows()
    {
        var views = CoreTypes.Where(t => t.GetCustomAttribute<PersonalDataAttribute>() is not null).ToList();

        Assert.NotEmpty(views);
        Assert.All(views, v => Assert.True(typeof(IAuditTarget).IsAssignableFrom(v), $"{v.Name} is [PersonalData] but does not implement IAuditTarget"));
    }
}
