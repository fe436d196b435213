using CaseManagement.Workflows.Calendar;
using Xunit;

namespace CaseManagement.Workflows.Tests.Calendar;

public sealed class BusinessDurationTests
{
    [Theory]
    [InlineData("P2D", 2, 0)]
    [InlineData("PT4H", 0, 240)]
    [InlineData("PT90M", 0, 90)]
    [InlineData("P1DT2H30M", 1, 150)]
    [InlineData(" P0D ", 0, 0)]
    public void Days_and_office_time_are_read_apart(string text, int days, int minutes)
    {
        Assert.True(BusinessDuration.TryParse(text, out var duration));
        Assert.Equal(new BusinessDuration(days, TimeSpan.FromMinutes(minutes)), duration);
    }

    [Fact]
    public void Office_hours_beyond_a_day_stay_hours_rather_than_becoming_days() =>
        Assert.Equal(new BusinessDuration(0, TimeSpan.FromHours(26)), BusinessDuration.Parse("PT26H"));

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("P1W")]
    [InlineData("P1M")]
    [InlineData("P1Y")]
    [InlineData("-P1D")]
    [InlineData("P1.5D")]
    [InlineData("PT0.5H")]
    [InlineData("2D")]
    [InlineData("P99999999D")]
    public void Years_months_weeks_fractions_and_garbage_are_refused(string text)
    {
        Assert.False(BusinessDuration.TryParse(text, out _));
        Assert.Throws<FormatException>(() => BusinessDuration.Parse(text));
    }

    [Theory]
    [InlineData("P2D")]
    [InlineData("PT4H")]
    [InlineData("P1DT26H5M7S")]
    [InlineData("P0D")]
    public void The_iso_form_round_trips(string text) => Assert.Equal(text, BusinessDuration.Parse(text).ToString());
}
