using CaseManagement.Core.Consultations;
using Microsoft.AspNetCore.Mvc;

namespace CaseManagement.Web.Chat;

/// <summary>An attachment as a download: always saved, never opened in the page's origin, never cached.</summary>
internal static class AttachmentDownload
{
    public static FileContentResult Result(HttpResponse response, AttachmentFile file)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        // Content-Disposition: attachment; filename=…; filename*=UTF-8''… (FileDownloadName sets it).
        return new FileContentResult(file.Content, file.ContentType) { FileDownloadName = file.FileName };
    }
}
