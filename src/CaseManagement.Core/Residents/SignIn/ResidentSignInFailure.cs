namespace CaseManagement.Core.Residents.SignIn;

/// <summary>A wrong code typed from an IP address, counted to throttle guessing across addresses.</summary>
public sealed class ResidentSignInFailure
{
    public long Id { get; set; }
    public required string Email { get; set; }
    public string? Ip { get; set; }
    public DateTimeOffset At { get; set; }
}
