using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>The reception of one active category (any, with <c>IncludeInactive</c>) at this moment, read fresh: an
/// admin's change shows at once.</summary>
[AllowAnyone]
public sealed record GetReception(string CategoryCode, bool IncludeInactive = false) : IQuery<ReceptionView>;

internal sealed class GetReceptionHandler(CaseDbContext db, TimeProvider clock) : IRequestHandler<GetReception, ReceptionView>
{
    public async Task<ReceptionView> Handle(GetReception request, CancellationToken cancellationToken)
    {
        var c = await db.Categories.AsNoTracking().Include(x => x.ReceptionHours).Include(x => x.ClosedDays)
            .SingleOrDefaultAsync(x => x.Code == request.CategoryCode && (x.IsActive || request.IncludeInactive), cancellationToken)
            ?? throw new NotFoundException(Messages.Get("CategoryNotFound"));
        var calendar = ReceptionCalendar.For(c);
        var now = clock.GetUtcNow();
        var next = calendar.NextOpening(now);
        return new ReceptionView(c.Id, c.Code, c.NameJa, c.NameEn, c.AllowAnonymous, calendar.IsOpen(now), next,
            c.WelcomeJa, c.WelcomeEn, c.AutoReplyOpenJa, c.AutoReplyOpenEn, c.AutoReplyClosedJa, c.AutoReplyClosedEn,
            CategorySettingsWriter.Read(c).Hours, c.ClosedOnNationalHolidays, calendar);
    }
}
