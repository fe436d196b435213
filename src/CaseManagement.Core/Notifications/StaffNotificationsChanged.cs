using MediatR;

namespace CaseManagement.Core.Notifications;

/// <summary>Notifications of these staff members or queues were added or read; published after commit so that
/// badges re-count. Carries no content.</summary>
public sealed record StaffNotificationsChanged(IReadOnlyList<Guid> StaffIds, IReadOnlyList<string> Queues) : INotification;
