namespace CaseManagement.Core.Residents.SignIn;

/// <summary>The verdict on a typed code: the resident who signed in, or why not (a message for the person).</summary>
public sealed record SignInCodeCheck(SignInCodeOutcome Outcome, Guid? ResidentId, string? Message)
{
    public bool SignedIn => Outcome == SignInCodeOutcome.SignedIn;
}
