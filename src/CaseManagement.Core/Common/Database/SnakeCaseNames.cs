using System.Text;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Common.Database;

/// <summary>Maps every table, column and key of a model to the snake_case names the SQL migrations use.</summary>
public static class SnakeCaseNames
{
    public static ModelBuilder UseSnakeCaseNames(this ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table && !table.Contains('_', StringComparison.Ordinal))
            {
                entity.SetTableName(ToSnake(table));
            }

            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnake(property.Name));
            }
        }

        return builder;
    }

    public static string ToSnake(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
