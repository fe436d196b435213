using CaseManagement.Workflows.Feel;
using CaseManagement.Workflows.Tests.Support;
using Xunit;

namespace CaseManagement.Workflows.Tests.Feel;

public sealed class FeelClockTests
{
    // 23:30 UTC on 31 March is already 08:30 on 1 April in Tokyo.
    private static readonly FeelEnvironment LateEveningUtc = new()
    {
        Now = new DateTimeOffset(2026, 3, 31, 23, 30, 0, TimeSpan.Zero),
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"),
    };

    [Fact]
    public void Now_is_the_clock_of_the_evaluation_in_its_zone()
    {
        var now = Assert.IsType<DateTimeOffset>(FeelEvaluator.Evaluate("now()", Vars.None, LateEveningUtc));

        Assert.Equal(new DateTimeOffset(2026, 4, 1, 8, 30, 0, TimeSpan.FromHours(9)), now);
        Assert.Equal(TimeSpan.FromHours(9), now.Offset);
    }

    [Fact]
    public void Today_is_the_date_in_the_zone_not_in_utc() =>
        Assert.Equal(new DateOnly(2026, 4, 1), FeelEvaluator.Evaluate("today()", Vars.None, LateEveningUtc));

    [Fact]
    public void Without_a_zone_now_keeps_the_offset_of_the_clock() =>
        Assert.Equal(new DateOnly(2026, 3, 31), FeelEvaluator.Evaluate("today()", Vars.None, LateEveningUtc with { TimeZone = null }));

    [Fact]
    public void Time_arithmetic_against_now_uses_the_given_clock()
    {
        var variables = Vars.Of(("received", new DateTimeOffset(2026, 3, 24, 9, 0, 0, TimeSpan.FromHours(9))));

        Assert.True(FeelEvaluator.Evaluate("now() - received > duration(\"P7D\")", variables, LateEveningUtc) is true);
        Assert.True(FeelEvaluator.Evaluate("today() - date(received) = duration(\"P8D\")", variables, LateEveningUtc) is true);
    }

    [Theory]
    [InlineData("now()")]
    [InlineData("today()")]
    public void Without_a_clock_now_and_today_are_errors_not_the_machine_time(string expression)
    {
        var error = Assert.Throws<FeelException>(() => FeelEvaluator.Evaluate(expression, Vars.None));

        Assert.Contains("needs the engine's clock", error.Message, StringComparison.Ordinal);
    }
}
