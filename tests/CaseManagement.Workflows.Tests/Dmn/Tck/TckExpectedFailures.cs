namespace CaseManagement.Workflows.Tests.Dmn.Tck;

/// <summary>TCK cases we know fail, each with the reason: a case listed here that passes fails the run too, so the
/// list stays exact. A key is a case ("0009-invocation-arithmetic/001") or a whole folder.</summary>
internal static class TckExpectedFailures
{
    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
    };

    public static string? ReasonFor(string caseKey) =>
        Reasons.TryGetValue(caseKey, out var reason) || Reasons.TryGetValue(caseKey.Split('/')[0], out reason) ? reason : null;

    public static int Count(IEnumerable<string> caseKeys) => caseKeys.Count(k => ReasonFor(k) is not null);
}
