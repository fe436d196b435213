using System.Security.Cryptography;
using System.Text;

namespace CaseManagement.Core.Common.Database;

/// <summary>One file of db/migrations: its name orders it, its checksum pins it once applied.</summary>
public sealed record SqlMigration(string FileName, string Sql)
{
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));

    /// <summary>The migrations shipped in this assembly (db/migrations/*.sql, embedded at build).</summary>
    public static IReadOnlyList<SqlMigration> Embedded()
    {
        var assembly = typeof(SqlMigration).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Migrations.", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream, Encoding.UTF8);
                return new SqlMigration(n["Migrations.".Length..], reader.ReadToEnd());
            })
            .ToList();
    }
}
