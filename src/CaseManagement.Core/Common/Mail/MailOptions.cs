namespace CaseManagement.Core.Common.Mail;

/// <summary>Configuration section "Mail": the SMTP server mails go through, or the development mailbox instead.</summary>
public sealed class MailOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender address, e.g. "soudan@city.example.lg.jp".</summary>
    public string From { get; set; } = "no-reply@localhost";

    /// <summary>STARTTLS (or TLS) to the server; off only for a relay on the same host.</summary>
    public bool EnableSsl { get; set; } = true;

    /// <summary>Keep mails in the in-memory development mailbox (/dev/mailbox) instead of sending them. On in
    /// Development and in ./run; never in production.</summary>
    public bool DevelopmentMailbox { get; set; }
}
