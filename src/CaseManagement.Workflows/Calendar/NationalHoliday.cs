namespace CaseManagement.Workflows.Calendar;

/// <summary>One national holiday of Japan (国民の祝日, 振替休日 or 国民の休日) with its Japanese name.</summary>
public readonly record struct NationalHoliday(DateOnly Date, string Name)
{
    /// <summary>The name of a 振替休日: the day after a holiday that fell on a Sunday.</summary>
    public const string Substitute = "振替休日";

    /// <summary>The name of a 国民の休日: a weekday sandwiched between two 祝日.</summary>
    public const string Sandwiched = "国民の休日";

    /// <summary>Whether this is a 祝日 proper, as opposed to a 振替休日 or 国民の休日 that follows from one.</summary>
    public bool IsNamedHoliday => Name is not (Substitute or Sandwiched);
}
