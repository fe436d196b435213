using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Consultations;
using CaseManagement.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Chat;

/// <summary>On an upload page: reads the posted form with <see cref="AttachmentUploadForm"/> before anything else
/// touches it (antiforgery validation reads the form too, and would buffer all of it), under a request size of the
/// configured limit plus room for the other fields. The page then finds the file as an <see cref="UploadedFile"/>
/// feature and sends it to Core, which refuses it — with its message, audited — if it is too large or not a
/// JPEG, PNG or PDF. Only a body larger than the server accepts at all is refused here, before it is read (413).</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class AttachmentUploadLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    private const long RoomForFields = 1024 * 1024;

    // Before the antiforgery filter (order 1000), which would read the form with the default limits.
    public int Order => -2000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method) || http.Request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true)
        {
            return;
        }

        var options = http.RequestServices.GetRequiredService<IOptions<AttachmentOptions>>().Value;
        // Room for a whole file at the limit plus the other fields. Never lowered below the server's own limit: an
        // oversized file is better refused by Core after its first MaxBytes + 1 bytes (with the reason, audited)
        // than by the server cutting the connection mid-upload.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size
            && size.MaxRequestBodySize is { } current && current < options.MaxBytes + RoomForFields)
        {
            size.MaxRequestBodySize = options.MaxBytes + RoomForFields;
        }

        try
        {
            var (fields, file) = await AttachmentUploadForm.ReadAsync(http.Request, options.MaxBytes, http.RequestAborted);
            http.Features.Set<IFormFeature>(new FormFeature(new FormCollection(fields)));
            http.Features.Set(file);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            http.Items[UseCaseExceptionPageFilter.StatusMessageKey] = Messages.Format("AttachmentTooLarge", options.MaxSizeText);
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException)
        {
            // Not a form a browser sends.
            context.Result = new BadRequestResult();
        }
    }
}
