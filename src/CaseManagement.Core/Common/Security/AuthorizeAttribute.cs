namespace CaseManagement.Core.Common.Security;

/// <summary>The request may be sent only by an actor in one of these roles.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AuthorizeAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}
