namespace CaseManagement.Core.Residents.SignIn;

/// <summary>A code is on its way; it works until <see cref="ExpiresAt"/>.</summary>
public sealed record SignInCodeSent(DateTimeOffset ExpiresAt);
