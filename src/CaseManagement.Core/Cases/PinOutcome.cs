namespace CaseManagement.Core.Cases;

/// <summary>How a PIN entry ended.</summary>
public enum PinOutcome
{
    Accepted,
    Wrong,
    Locked,
}
