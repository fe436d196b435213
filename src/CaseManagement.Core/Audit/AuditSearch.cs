using System.Globalization;

namespace CaseManagement.Core.Audit;

/// <summary>What an auditor looks for; every criterion is optional and they combine with AND. Person: a resident's id,
/// e-mail, LINE id or name; case: its number (its tasks' rows included); actor: part of a staff name or the raw actor
/// ("staff:…", "resident:anonymous", "system"); action: part of the use case name; period: Japan dates, inclusive;
/// IP: the address or its beginning.</summary>
public sealed record AuditSearch(
    string? Person = null, string? CaseNumber = null, string? Actor = null, string? Action = null,
    DateOnly? From = null, DateOnly? To = null, string? Ip = null)
{
    /// <summary>The criteria as one line for the audit row of the search or export.</summary>
    public string Describe() => string.Join(';', new[]
    {
        Part("person", Person), Part("case", CaseNumber), Part("actor", Actor), Part("action", Action),
        Part("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Part("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        Part("ip", Ip),
    }.OfType<string>());

    private static string? Part(string name, string? value) => string.IsNullOrWhiteSpace(value) ? null : name + "=" + value.Trim();
}
