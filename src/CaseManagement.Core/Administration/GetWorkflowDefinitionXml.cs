using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>The BPMN XML of one published version, for the diagram viewer and the designer.</summary>
[Authorize(Roles.Auditor, Roles.Admin, Roles.Supervisor)]
public sealed record GetWorkflowDefinitionXml(Guid DefinitionId) : IQuery<string>;

internal sealed class GetWorkflowDefinitionXmlHandler(CaseDbContext db) : IRequestHandler<GetWorkflowDefinitionXml, string>
{
    public async Task<string> Handle(GetWorkflowDefinitionXml request, CancellationToken cancellationToken) =>
        await db.WorkflowDefinitions.AsNoTracking().Where(d => d.Id == request.DefinitionId).Select(d => d.BpmnXml).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(Messages.Get("WorkflowInstanceNotFound"));
}
