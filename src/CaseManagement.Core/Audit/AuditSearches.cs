using CaseManagement.Core.Administration;
using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Residents;
using CaseManagement.Core.Statistics;
using CaseManagement.Core.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Audit;

/// <summary>Runs an <see cref="AuditSearch"/>: a person or case becomes the set of targets that concern it (the
/// resident, their cases, the cases' tasks) through the owning modules; the rest filters audit_log directly.</summary>
internal static class AuditSearches
{
    public static async Task<AuditSearchResult> RunAsync(CaseDbContext db, IMediator mediator, AuditSearch s, int limit, CancellationToken ct)
    {
        var rows = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(s.Person))
        {
            var residents = await mediator.Send(new FindResidentsForAudit(s.Person), ct);
            var cases = residents.Count == 0 ? [] : await mediator.Send(new ListCaseIdsOfResidents(residents), ct);
            var targets = await TargetsAsync(mediator, cases, ct);
            targets.AddRange(residents.Select(r => "resident:" + r));
            rows = rows.Where(a => a.Target != null && targets.Contains(a.Target));
        }

        if (!string.IsNullOrWhiteSpace(s.CaseNumber))
        {
            Guid[] cases;
            try
            {
                cases = [(await mediator.Send(new FindCaseForAudit(s.CaseNumber), ct)).Id];
            }
            catch (NotFoundException)
            {
                cases = [];
            }

            var targets = await TargetsAsync(mediator, cases, ct);
            rows = rows.Where(a => a.Target != null && targets.Contains(a.Target));
        }

        if (!string.IsNullOrWhiteSpace(s.Actor))
        {
            var actor = s.Actor.Trim();
            var staff = (await mediator.Send(new FindStaffByName(actor), ct)).Select(id => "staff:" + id).ToList();
            rows = rows.Where(a => a.Actor == actor || staff.Contains(a.Actor));
        }

        if (!string.IsNullOrWhiteSpace(s.Action))
        {
            var action = s.Action.Trim().ToLowerInvariant();
            rows = rows.Where(a => a.Action.ToLower().Contains(action));
        }

        if (s.From is { } from)
        {
            var start = JapanTime.StartOf(from).ToUniversalTime();
            rows = rows.Where(a => a.At >= start);
        }

        if (s.To is { } to)
        {
            var end = JapanTime.StartOf(to.AddDays(1)).ToUniversalTime();
            rows = rows.Where(a => a.At < end);
        }

        if (!string.IsNullOrWhiteSpace(s.Ip))
        {
            var ip = s.Ip.Trim();
            rows = rows.Where(a => a.Ip != null && a.Ip.StartsWith(ip));
        }

        var found = await rows.OrderByDescending(a => a.Id).Take(limit + 1).ToListAsync(ct);
        return new AuditSearchResult(await ViewsAsync(mediator, found.Take(limit).ToList(), ct), found.Count > limit);
    }

    public static async Task<IReadOnlyList<AuditEntryView>> ViewsAsync(IMediator mediator, IReadOnlyList<AuditEntry> rows, CancellationToken ct)
    {
        var staff = rows.Select(r => r.Actor.StartsWith("staff:", StringComparison.Ordinal) && Guid.TryParse(r.Actor[6..], out var id) ? id : (Guid?)null)
            .OfType<Guid>().Distinct().ToList();
        var names = staff.Count == 0 ? new Dictionary<Guid, string>() : await mediator.Send(new GetStaffNames(staff), ct);
        return rows.Select(a => new AuditEntryView(a.Id, a.At, a.Kind, a.Actor,
            a.Actor.StartsWith("staff:", StringComparison.Ordinal) && Guid.TryParse(a.Actor[6..], out var id) && names.TryGetValue(id, out var n) ? n : null,
            a.ActorRole, a.Ip, a.UserAgent, a.Action, a.Target, a.Outcome, a.Detail)).ToList();
    }

    /// <summary>"case:…" for each case and "task:…" for each of its tasks.</summary>
    public static async Task<List<string>> TargetsAsync(IMediator mediator, IReadOnlyCollection<Guid> cases, CancellationToken ct)
    {
        var targets = cases.Select(c => "case:" + c).ToList();
        if (cases.Count > 0)
        {
            targets.AddRange((await mediator.Send(new ListTasksOfCaseForAudit(cases), ct)).Select(t => "task:" + t.TaskId));
        }

        return targets;
    }
}
