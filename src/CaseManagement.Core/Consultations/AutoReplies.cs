using System.Globalization;
using CaseManagement.Core.Administration;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Workflows.Calendar;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Consultations;

/// <summary>The category's automatic answer to a resident's message, at once:
/// <list type="bullet">
/// <item>outside reception hours (weekend, holiday, the category's own closed days, before opening, from closing time
/// on, over the break): the outside-hours text, or a standard one naming the next opening — but only once per closed
/// period, so five messages in one night get one answer;</item>
/// <item>inside reception hours: the inside-hours text, if the category has one, to the message that starts the
/// consultation only (a receipt; later the counselors answer).</item>
/// </list>
/// "{next}" in a text becomes the next opening time. The answer is in the resident's language when the category has
/// that text.</summary>
internal static class AutoReplies
{
    public const string NextOpeningPlaceholder = "{next}";

    public static async Task AnswerAsync(CaseDbContext db, ReceptionView reception, Guid caseId, DateTimeOffset now, bool startsConsultation, CancellationToken ct)
    {
        string text;
        if (reception.IsOpen)
        {
            text = Pick(reception.AutoReplyOpenJa, reception.AutoReplyOpenEn);
            if (!startsConsultation || text.Length == 0)
            {
                return;
            }
        }
        else
        {
            var last = await db.CaseMessages.Where(m => m.CaseId == caseId && m.AuthorKind == MessageAuthor.AutoReply)
                .MaxAsync(m => (DateTimeOffset?)m.SentAt, ct);
            if (last is { } at && !reception.Calendar.IsOpen(at) && reception.Calendar.NextOpening(at) == reception.NextOpening)
            {
                return;
            }

            text = Pick(reception.AutoReplyClosedJa, reception.AutoReplyClosedEn);
            if (text.Length == 0)
            {
                text = Messages.Get("AutoReplyClosedDefault");
            }
        }

        db.CaseMessages.Add(new CaseMessage
        {
            Id = Guid.CreateVersion7(),
            CaseId = caseId,
            AuthorKind = MessageAuthor.AutoReply,
            Body = text.Replace(NextOpeningPlaceholder, FormatOpening(reception.NextOpening, reception.Calendar), StringComparison.Ordinal),
            // A millisecond after the message it answers, so that it always reads below it.
            SentAt = now.AddMilliseconds(1),
        });
    }

    /// <summary>"11月24日（火）8:30" in Japan time.</summary>
    public static string FormatOpening(DateTimeOffset at, BusinessCalendar calendar)
    {
        var local = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(calendar.Options.TimeZoneId));
        return Messages.Format("NextOpeningFormat", local.Month, local.Day, Messages.Get("Weekday_" + local.DayOfWeek), local.ToString("H:mm", CultureInfo.InvariantCulture));
    }

    private static string Pick(string ja, string en) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" && en.Length > 0 ? en : ja;
}
