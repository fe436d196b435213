using CaseManagement.Workflows.Tests.Dmn.Tck;
using Xunit;

namespace CaseManagement.Workflows.Tests.Dmn;

/// <summary>The DMN TCK, compliance level 2, read in place from ../shared/conformance (one theory case per TCK case).</summary>
public sealed class DmnTckTests(ITestOutputHelper output)
{
    private const string Absent = "(TCK folder absent)";

    public static TheoryData<string> Cases()
    {
        var keys = TckFolder.CaseKeys().ToList();
        return keys.Count == 0 ? new TheoryData<string>(Absent) : new TheoryData<string>(keys);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_TCK_case_gives_the_expected_result_unless_listed_as_a_known_failure(string caseKey)
    {
        if (caseKey == Absent) Assert.Skip("../shared/conformance/dmn-tck-level-2 is not beside the repository");
        var failure = TckRunner.Failure(caseKey);
        var reason = TckExpectedFailures.ReasonFor(caseKey);

        if (reason is null) Assert.True(failure is null, $"{caseKey}: {failure}");
        else Assert.True(failure is not null, $"{caseKey} now passes: remove it from TckExpectedFailures (was: {reason})");
    }

    [Fact]
    public void The_pass_rate_is_reported()
    {
        if (TckFolder.Path is null) Assert.Skip("../shared/conformance/dmn-tck-level-2 is not beside the repository");
        var keys = TckFolder.CaseKeys().ToList();
        var failed = keys.Where(k => TckRunner.Failure(k) is not null).ToList();

        output.WriteLine($"DMN TCK level 2: {keys.Count - failed.Count}/{keys.Count} cases pass");
        foreach (var key in failed) output.WriteLine($"  failing: {key}: {TckRunner.Failure(key)}");
        Assert.Equal(TckExpectedFailures.Count(keys), failed.Count);
    }
}
