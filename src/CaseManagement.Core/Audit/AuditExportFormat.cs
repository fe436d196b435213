namespace CaseManagement.Core.Audit;

/// <summary>How the auditor takes search results away: CSV (UTF-8 with BOM, opens in Excel) or PDF (Japanese font embedded).</summary>
public enum AuditExportFormat
{
    Csv,
    Pdf,
}
