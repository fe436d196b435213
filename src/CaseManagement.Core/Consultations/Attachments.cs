using System.Security.Cryptography;
using CaseManagement.Core.Common;

namespace CaseManagement.Core.Consultations;

/// <summary>Adds a validated file to a case as a message of its own (the comment, possibly empty) with the file
/// attached, so it takes its place in the conversation and reaches the other side like any message.</summary>
internal static class Attachments
{
    public static Guid Add(CaseDbContext db, Guid caseId, MessageAuthor author, Guid? staffId, IAttachmentUpload upload, DateTimeOffset now)
    {
        // The validator has already refused anything that is not one of these.
        var type = AttachmentType.Sniff(upload.Content) ?? throw new InvalidOperationException("unvalidated attachment");
        var message = new CaseMessage
        {
            Id = Guid.CreateVersion7(),
            CaseId = caseId,
            AuthorKind = author,
            AuthorStaffId = staffId,
            Body = upload.Comment?.Trim() ?? "",
            SentAt = now,
        };
        db.CaseMessages.Add(message);
        db.CaseAttachments.Add(new CaseAttachment
        {
            Id = Guid.CreateVersion7(),
            CaseId = caseId,
            MessageId = message.Id,
            FileName = AttachmentNames.Clean(upload.FileName, type),
            ContentType = type.ContentType,
            SizeBytes = upload.Content.Length,
            Sha256 = SHA256.HashData(upload.Content),
            Content = upload.Content,
            UploadedAt = now,
        });
        return message.Id;
    }
}
