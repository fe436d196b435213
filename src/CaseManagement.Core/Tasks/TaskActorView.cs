namespace CaseManagement.Core.Tasks;

/// <summary>Who held and who completed one user task of an instance, for the path viewer.</summary>
public sealed record TaskActorView(string ElementId, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt, string? AssigneeName, string? CompletedByName);
