namespace CaseManagement.Core.Common.Security;

/// <summary>The request is deliberately open to residents (who hold no role); its handler checks what it must,
/// e.g. the secret link. Every request carries either this or <see cref="AuthorizeAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowAnyoneAttribute : Attribute;
