using CaseManagement.Core.Cases;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Consultations;
using MediatR;

namespace CaseManagement.Core.Statistics;

/// <summary>The statistics of the supervisor's categories for the cases opened from <see cref="From"/> to
/// <see cref="To"/> (both Japanese calendar days, inclusive).</summary>
[Authorize(Roles.Supervisor)]
public sealed record GetCaseStatistics(DateOnly From, DateOnly To) : IQuery<CaseStatisticsView>;

internal sealed class GetCaseStatisticsHandler(IMediator mediator) : IRequestHandler<GetCaseStatistics, CaseStatisticsView>
{
    public async Task<CaseStatisticsView> Handle(GetCaseStatistics request, CancellationToken cancellationToken)
    {
        var cases = await mediator.Send(
            new ListCasesForStatistics(JapanTime.StartOf(request.From), JapanTime.StartOf(request.To.AddDays(1))), cancellationToken);
        var replies = cases.Count == 0
            ? new Dictionary<Guid, DateTimeOffset>()
            : await mediator.Send(new ListFirstStaffReplies([.. cases.Select(c => c.Id)]), cancellationToken);

        var response = Mean(cases.Where(c => replies.ContainsKey(c.Id)).Select(c => replies[c.Id] - c.OpenedAt));
        var handling = Mean(cases.Where(c => c.ClosedAt is not null).Select(c => c.ClosedAt!.Value - c.OpenedAt));
        return new CaseStatisticsView(
            request.From, request.To, cases.Count, CaseTally.Tables(cases, request.From, request.To), response, handling, cases);
    }

    private static TimeSpan? Mean(IEnumerable<TimeSpan> spans)
    {
        var list = spans.ToList();
        return list.Count == 0 ? null : TimeSpan.FromTicks((long)list.Average(s => s.Ticks));
    }
}
