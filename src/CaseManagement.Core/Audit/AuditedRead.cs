using CaseManagement.Core.Common.Messaging;

namespace CaseManagement.Core.Audit;

/// <summary>Whether a request is a read the audit log records: a query marked <see cref="AuditReadAttribute"/>, or one
/// whose response is a <see cref="PersonalDataAttribute"/> view (so new queries of personal data are audited unasked).</summary>
internal static class AuditedRead<TRequest, TResponse>
{
    public static readonly bool Applies =
        !typeof(ICommand<TResponse>).IsAssignableFrom(typeof(TRequest))
        && (typeof(TRequest).IsDefined(typeof(AuditReadAttribute), inherit: false)
            || typeof(TResponse).IsDefined(typeof(PersonalDataAttribute), inherit: false));
}
