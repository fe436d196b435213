namespace CaseManagement.Core.Cases;

/// <summary>What a secret link opens for this browser now.</summary>
public enum LinkState
{
    /// <summary>The consultation itself: no PIN is needed, or this browser entered it.</summary>
    Open,

    /// <summary>The PIN must be entered first.</summary>
    PinRequired,

    /// <summary>Too many wrong PINs: no PIN is accepted until <see cref="LinkStatus.LockedUntil"/>.</summary>
    Locked,

    /// <summary>The case closed more than <see cref="LinkLifetime.AfterClosing"/> ago.</summary>
    Expired,
}
