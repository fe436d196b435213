using CaseManagement.Core.Audit;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Audit.Pages;

/// <summary>The auditor's start page (read-only, GET only): search the audit log by person, case, actor, action, period
/// and IP, export the results as CSV or PDF, check the hash chain, and the recent workflow instances.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? CaseNumber { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ActionName { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Ip { get; set; }

    public AuditSearchResult? Result { get; private set; }

    public IReadOnlyList<InstanceSummary> Instances { get; private set; } = [];

    public AuditChainVerification? Verification { get; private set; }

    private AuditSearch Criteria => new(Person, CaseNumber, Actor, ActionName, From, To, Ip);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await mediator.Send(new SearchAuditLog(Criteria), ct);
        Instances = await mediator.Send(new ListRecentInstances(), ct);
    }

    public async Task OnGetVerifyAsync(CancellationToken ct)
    {
        Verification = await mediator.Send(new VerifyAuditChain(), ct);
        await OnGetAsync(ct);
    }

    public async Task<IActionResult> OnGetExportAsync(AuditExportFormat format, CancellationToken ct)
    {
        var file = await mediator.Send(new ExportAuditLog(Criteria, format), ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The current criteria as a query string, for the export links.</summary>
    public string Query(string handler, AuditExportFormat format) => QueryString.Create(new Dictionary<string, string?>
    {
        ["handler"] = handler, ["format"] = format.ToString(), ["Person"] = Person, ["CaseNumber"] = CaseNumber, ["Actor"] = Actor,
        ["ActionName"] = ActionName, ["From"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["To"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["Ip"] = Ip,
    }.Where(p => !string.IsNullOrWhiteSpace(p.Value))).ToString();
}
