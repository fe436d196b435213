using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Cases;

/// <summary>Staff of the case's category record its statistics attributes; an empty value clears one.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record UpdateCaseAttributes(Guid CaseId, string? ConsultationType, string? ResidentGender, string? AgeBand, string? Area)
    : ICommand<bool>, IAuditTarget
{
    public string AuditTarget => "case:" + CaseId;
}

internal sealed class UpdateCaseAttributesHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<UpdateCaseAttributes, bool>
{
    public async Task<bool> Handle(UpdateCaseAttributes request, CancellationToken cancellationToken)
    {
        // GetCase refuses staff of other categories.
        await mediator.Send(new GetCase(request.CaseId), cancellationToken);
        var @case = await db.Cases.SingleAsync(c => c.Id == request.CaseId, cancellationToken);
        @case.ConsultationType = Blank(request.ConsultationType);
        @case.ResidentGender = Blank(request.ResidentGender);
        @case.AgeBand = Blank(request.AgeBand);
        @case.Area = Blank(request.Area);
        @case.Revision++;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
