using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>Staff wrote to the resident of a case (a reply, or contact on a closed case; see StaffMessages). Published
/// inside the writing command's transaction, so that what a listener queues (a LINE push in the outbox) commits with
/// the message or not at all — unlike <see cref="StaffMessageSent"/>, published after commit, at most once. It carries
/// no text: listeners must not pass content on.</summary>
public sealed record StaffMessageWritten(Guid CaseId, Guid MessageId) : INotification;
