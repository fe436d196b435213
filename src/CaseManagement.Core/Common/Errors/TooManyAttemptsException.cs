namespace CaseManagement.Core.Common.Errors;

/// <summary>Too many tries in a short time (sign-in codes): the person must wait or start again.</summary>
public sealed class TooManyAttemptsException(string message) : UseCaseException(message);
