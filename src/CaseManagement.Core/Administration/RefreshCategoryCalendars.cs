using MediatR;

namespace CaseManagement.Core.Administration;

/// <summary>After a category is saved, the engine's next business-time timer counts on the new hours at once.</summary>
internal sealed class RefreshCategoryCalendars(CategoryCalendars calendars) : INotificationHandler<CategoryReceptionChanged>
{
    public Task Handle(CategoryReceptionChanged notification, CancellationToken cancellationToken)
    {
        calendars.Invalidate();
        return Task.CompletedTask;
    }
}
