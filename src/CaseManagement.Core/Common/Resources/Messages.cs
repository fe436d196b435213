using System.Globalization;
using System.Resources;

namespace CaseManagement.Core.Common.Resources;

/// <summary>Messages for people, from Messages.resx (Japanese, the neutral language) and Messages.en.resx.</summary>
public static class Messages
{
    private static readonly ResourceManager Manager = new("CaseManagement.Core.Common.Resources.Messages", typeof(Messages).Assembly);

    public static string Get(string key) =>
        Manager.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"missing message resource '{key}'");

    /// <summary>A message in a fixed language, for text that leaves the site (LINE messages are Japanese whoever sends them).</summary>
    public static string Get(string key, CultureInfo culture) =>
        Manager.GetString(key, culture) ?? throw new InvalidOperationException($"missing message resource '{key}'");

    public static string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), args);
}
