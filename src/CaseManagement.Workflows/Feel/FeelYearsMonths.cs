namespace CaseManagement.Workflows.Feel;

/// <summary>A years-and-months duration (P1Y2M): calendar months, unlike the day-time TimeSpan.</summary>
internal readonly record struct FeelYearsMonths(int Months) : IComparable<FeelYearsMonths>
{
    public int CompareTo(FeelYearsMonths other) => Months.CompareTo(other.Months);

    public override string ToString() =>
        Months == 0 ? "P0M" : $"{(Months < 0 ? "-" : "")}P{(Math.Abs(Months) / 12 is var y and > 0 ? $"{y}Y" : "")}{(Math.Abs(Months) % 12 is var m and > 0 ? $"{m}M" : "")}";
}
