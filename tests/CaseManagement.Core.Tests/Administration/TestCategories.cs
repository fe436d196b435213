using CaseManagement.Core.Administration;
using CaseManagement.Core.Common.Security;
using CaseManagement.Testing.Core;

namespace CaseManagement.Core.Tests.Administration;

/// <summary>Categories arranged the way an admin makes them: through CreateCategory.</summary>
internal static class TestCategories
{
    public static readonly TestActor Admin = TestActor.Staff("管理 者", Roles.Admin);

    /// <summary>平日 8:30–17:15, the consultation workflow, anonymous allowed.</summary>
    public static CategorySettings Weekdays(string code, string nameJa) => new()
    {
        Code = code,
        NameJa = nameJa,
        NameEn = code,
        WorkflowProcessId = "consultation",
        SortOrder = 10,
        Hours = [.. WeekdayReception.Week.Select(d => d is DayOfWeek.Saturday or DayOfWeek.Sunday
            ? new WeekdayReception { Weekday = d }
            : new WeekdayReception { Weekday = d, Open = true, Opens = "8:30", Closes = "17:15" })],
    };

    public static Task<Guid> CreateAsync(this CoreTestHost host, CategorySettings settings) =>
        host.SendAsync(Admin, new CreateCategory(settings));
}
