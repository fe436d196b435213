namespace CaseManagement.Core.Common.Errors;

/// <summary>Someone else changed it first; the message says who or what.</summary>
public sealed class ConflictException(string message) : UseCaseException(message);
