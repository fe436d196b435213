namespace CaseManagement.Core.Statistics;

/// <summary>How an export is encoded: UTF-8 with BOM (Excel opens it as Japanese) or Shift_JIS for older tools.</summary>
public enum CsvEncoding
{
    Utf8Bom,
    ShiftJis,
}
