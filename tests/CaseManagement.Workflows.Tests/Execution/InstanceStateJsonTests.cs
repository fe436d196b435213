using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CaseManagement.Workflows.Tests.Execution;

public sealed class InstanceStateJsonTests
{
    private static InstanceState WithVariables(IReadOnlyDictionary<string, object?> variables) => new()
    {
        InstanceId = Guid.NewGuid(),
        ProcessId = "p",
        Status = InstanceStatus.Active,
        Variables = variables,
        Tokens = [new Token(Guid.NewGuid(), "t", ElementState.Activated, null, "f")],
        Subscriptions = [new Subscription(Guid.NewGuid(), SubscriptionKind.Timer, "timer", Guid.NewGuid(), DueAt: InstanceDriver.T0, RemainingRepetitions: 2)],
        Sequence = 7,
    };

    [Fact]
    public void Every_variable_type_keeps_its_type_and_value_through_json()
    {
        var variables = Vars.Of(
            ("none", null), ("flag", true), ("text", "相談"), ("count", 42L), ("amount", 1234.50m), ("ratio", 0.1),
            ("at", new DateTimeOffset(2026, 4, 1, 9, 30, 0, TimeSpan.FromHours(9))),
            ("nested", Vars.Of(("list", new List<object?> { 1L, "two", 3.5m, null, Vars.Of(("deep", false)) }))),
            ("dollar", Vars.Of(("$decimal", "not a tag"))),
            ("looks like a date", "2026-04-01T09:30:00+09:00"));
        var state = WithVariables(variables);

        var copy = InstanceStateJson.Deserialize(InstanceStateJson.Serialize(state));

        Assert.Equal(state with { Variables = copy.Variables, Tokens = copy.Tokens, Subscriptions = copy.Subscriptions }, copy);
        Assert.Equal(state.Tokens, copy.Tokens);
        Assert.Equal(state.Subscriptions, copy.Subscriptions);
        foreach (var (name, value) in variables)
        {
            Assert.Equal(value?.GetType(), copy.Variables[name]?.GetType());
        }
        Assert.Equal("1234.50", ((decimal)copy.Variables["amount"]!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(variables["at"], copy.Variables["at"]);
        Assert.Equal(TimeSpan.FromHours(9), ((DateTimeOffset)copy.Variables["at"]!).Offset);
        Assert.Equal("not a tag", ((IReadOnlyDictionary<string, object?>)copy.Variables["dollar"]!)["$decimal"]);
        var list = (IReadOnlyList<object?>)((IReadOnlyDictionary<string, object?>)copy.Variables["nested"]!)["list"]!;
        Assert.Equal([1L, "two", 3.5m, null], list.Take(4));
    }

    [Fact]
    public void Any_long_decimal_or_double_round_trips_exactly() =>
        Prop.ForAll<long, decimal, NormalFloat>((l, d, f) =>
        {
            var copy = InstanceStateJson.Deserialize(InstanceStateJson.Serialize(WithVariables(Vars.Of(("l", l), ("d", d), ("f", f.Get))))).Variables;
            return Equals(copy["l"], l) && Equals(copy["d"], d) && Equals(copy["f"], f.Get);
        }).QuickCheckThrowOnFailure();
}
