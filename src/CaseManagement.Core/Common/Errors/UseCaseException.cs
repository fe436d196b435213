namespace CaseManagement.Core.Common.Errors;

/// <summary>A use case refused the request with a message for the person (localized from Messages.resx).</summary>
public abstract class UseCaseException(string message) : Exception(message);
