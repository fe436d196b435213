namespace CaseManagement.Core.Common.Errors;

/// <summary>The actor may not do this.</summary>
public sealed class ForbiddenException(string message) : UseCaseException(message);
