namespace CaseManagement.Core.Tests.Durability;

/// <summary>The NOTIFY channels of tools/CaseManagement.NodeHarness (HarnessSchema): a delivery's idempotency key,
/// and "timerId:applied" or "timerId:repeat" when a timer's step committed.</summary>
public static class HarnessChannels
{
    public const string Delivery = "harness_delivery";
    public const string Timer = "harness_timer";
}
