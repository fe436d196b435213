using MediatR;

namespace CaseManagement.Core.Common.Messaging;

/// <summary>Published in the step's transaction when a workflow instance has no token left.</summary>
public sealed record WorkflowInstanceEnded(Guid InstanceId, string? BusinessKey) : INotification;
