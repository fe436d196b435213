using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tasks;

/// <summary>How many open tasks the staff member holds (「自分の担当」), counted in the database.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record CountMyOpenTasks : IQuery<int>;

internal sealed class CountMyOpenTasksHandler(DeskTasks desk) : IRequestHandler<CountMyOpenTasks, int>
{
    public async Task<int> Handle(CountMyOpenTasks request, CancellationToken cancellationToken) =>
        await (await desk.OpenAsync(null, DeskAssigneeFilter.Mine, null, cancellationToken)).CountAsync(cancellationToken);
}
