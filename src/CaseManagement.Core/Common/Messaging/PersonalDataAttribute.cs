namespace CaseManagement.Core.Common.Messaging;

/// <summary>A view that holds one case's or resident's personal data. A query that returns it (as its whole
/// response) is audited as a read automatically; the view names its target through <see cref="IAuditTarget"/>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PersonalDataAttribute : Attribute;
