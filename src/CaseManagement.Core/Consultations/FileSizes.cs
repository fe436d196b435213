using System.Globalization;

namespace CaseManagement.Core.Consultations;

/// <summary>File sizes as people read them: 820 KB, 1.5 MB.</summary>
public static class FileSizes
{
    public static string Describe(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(CultureInfo.InvariantCulture) + " B",
        < 1024 * 1024 => Math.Ceiling(bytes / 1024d).ToString(CultureInfo.InvariantCulture) + " KB",
        _ => (Math.Round(bytes / (1024d * 1024d), 1)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
    };
}
