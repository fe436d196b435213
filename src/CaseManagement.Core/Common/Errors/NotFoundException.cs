namespace CaseManagement.Core.Common.Errors;

/// <summary>The thing asked for does not exist, or the actor may not know it does.</summary>
public sealed class NotFoundException(string message) : UseCaseException(message);
