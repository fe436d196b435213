using CaseManagement.Core.DataLifecycle;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Areas.Admin.Pages;

/// <summary>The municipality's data as a whole: the full export (zip, docs/EXPORT.md) and the deletion of all personal
/// data, confirmed by typing the municipality's name, which hands back the signed certificate.</summary>
public sealed class DataModel(IMediator mediator, IOptions<DataLifecycleOptions> options, DeletionCertificateSigner signer) : PageModel, IReloadablePage
{
    [BindProperty]
    public string Confirmation { get; set; } = "";

    public string MunicipalityName => options.Value.MunicipalityName;

    public string KeyFingerprint { get; private set; } = "";

    public void OnGet() => KeyFingerprint = signer.PublicKeyFingerprint();

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var file = await mediator.Send(new ExportMunicipalData(), ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        var certificate = await mediator.Send(new DeleteAllPersonalData(Confirmation), ct);
        var file = DeletionCertificateFiles.Zip(certificate);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public Task LoadAsync(CancellationToken ct)
    {
        OnGet();
        return Task.CompletedTask;
    }
}
