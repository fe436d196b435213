namespace CaseManagement.Core.Residents.SignIn;

/// <summary>How a typed code was judged.</summary>
public enum SignInCodeOutcome
{
    SignedIn,
    Wrong,
    Expired,
    Used,

    /// <summary>Five wrong tries: this code is void, a new one is needed.</summary>
    Locked,

    /// <summary>No code was ever sent to this address.</summary>
    NoCode,
}
