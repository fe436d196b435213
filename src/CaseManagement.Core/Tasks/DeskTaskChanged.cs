using MediatR;

namespace CaseManagement.Core.Tasks;

/// <summary>A task of a desk queue changed; published after the command's commit (see AfterCommit).</summary>
public sealed record DeskTaskChanged(Guid TaskId, string Queue, DeskChange Change) : INotification;
