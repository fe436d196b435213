using CaseManagement.Core.Common.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Pages.Dev;

/// <summary>The development mailbox: the mails this node would have sent (sign-in codes), newest first. Exists only
/// when Mail:DevelopmentMailbox is on (Development, ./run); otherwise 404.</summary>
public sealed class MailboxModel(IOptions<MailOptions> options, DevelopmentMailbox mailbox) : PageModel
{
    public IReadOnlyList<DeliveredMail> Mails { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (!options.Value.DevelopmentMailbox)
        {
            return NotFound();
        }

        Mails = mailbox.All();
        return Page();
    }
}
