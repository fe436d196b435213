using MediatR;

namespace CaseManagement.Core.Administration;

/// <summary>Published after commit when a category's reception settings were saved.</summary>
public sealed record CategoryReceptionChanged(string Code) : INotification;
