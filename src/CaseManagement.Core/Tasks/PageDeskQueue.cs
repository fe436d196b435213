using CaseManagement.Core.Cases;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Tasks;

/// <summary>A page of the open tasks the staff member may see, filtered like <see cref="ListDeskQueue"/> (and by a
/// case tag), sorted and paged in the database.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record PageDeskQueue(
    string? Queue = null, DeskAssigneeFilter Assignee = DeskAssigneeFilter.All, string? Tag = null, DeskSort Sort = DeskSort.Due,
    bool Descending = false, int Page = 1, int PageSize = 25) : IQuery<PagedDeskQueue>;

internal sealed class PageDeskQueueHandler(DeskTasks desk, IMediator mediator) : IRequestHandler<PageDeskQueue, PagedDeskQueue>
{
    public async Task<PagedDeskQueue> Handle(PageDeskQueue request, CancellationToken cancellationToken)
    {
        var tasks = await desk.OpenAsync(request.Queue, request.Assignee, request.Tag, cancellationToken);
        var (rows, total, page) = await desk.PageAsync(tasks, request.Sort, request.Descending, request.Page, request.PageSize, cancellationToken);
        var tags = rows.Count == 0
            ? new Dictionary<Guid, IReadOnlyList<string>>()
            : await mediator.Send(new ListCaseTags(rows.Select(r => r.CaseId).Distinct().ToList()), cancellationToken);
        return new PagedDeskQueue(rows, total, page, request.PageSize, tags);
    }
}
