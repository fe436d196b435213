using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>Staff wrote to a resident (a reply, or contact on a closed case); published after commit. The place for
/// "something is waiting for you" notices (LINE push, e-mail), which never carry the text.</summary>
public sealed record StaffMessageSent(Guid CaseId, Guid MessageId) : INotification;
