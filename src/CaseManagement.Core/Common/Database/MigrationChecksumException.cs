namespace CaseManagement.Core.Common.Database;

/// <summary>An already-applied migration file was edited: the start stops rather than guess.</summary>
public sealed class MigrationChecksumException(string fileName)
    : Exception($"マイグレーション db/migrations/{fileName} は適用済みですが、内容が変更されています。適用済みのファイルは編集せず、新しい番号のファイルを追加してください。 (Applied migration db/migrations/{fileName} was edited; add a new file instead.)")
{
    public string FileName { get; } = fileName;
}
