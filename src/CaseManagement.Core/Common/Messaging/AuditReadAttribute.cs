namespace CaseManagement.Core.Common.Messaging;

/// <summary>A query whose every (outermost) read is written to the audit log, whatever it returns: lists of personal
/// data, searches of the audit log itself. Queries returning a <see cref="PersonalDataAttribute"/> view need not say so.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AuditReadAttribute : Attribute;
