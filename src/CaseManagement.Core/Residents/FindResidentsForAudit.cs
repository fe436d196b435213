using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Residents;

/// <summary>Residents an auditor means by "person": an id, an e-mail address, a LINE user id, or part of a name.</summary>
[Authorize(Roles.Auditor)]
public sealed record FindResidentsForAudit(string Person) : IQuery<IReadOnlyList<Guid>>;

internal sealed class FindResidentsForAuditHandler(CaseDbContext db) : IRequestHandler<FindResidentsForAudit, IReadOnlyList<Guid>>
{
    public async Task<IReadOnlyList<Guid>> Handle(FindResidentsForAudit request, CancellationToken cancellationToken)
    {
        var person = request.Person.Trim();
        if (Guid.TryParse(person, out var id))
        {
            return [id];
        }

        var email = person.ToLowerInvariant();
        return await db.Residents.AsNoTracking()
            .Where(r => r.Email == email || r.LineUserId == person || (r.DisplayName != null && r.DisplayName.Contains(person)))
            .Select(r => r.Id).Take(100).ToListAsync(cancellationToken);
    }
}
