namespace CaseManagement.Workflows.Dmn;

/// <summary>A reusable function (a business knowledge model): parameters and a FEEL body, invoked by name from the
/// decisions that require it, e.g. <c>PMT(loan.amount, loan.rate, loan.term)</c>.</summary>
public sealed record DmnBusinessKnowledgeModel
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public int Line { get; init; }
    public required IReadOnlyList<string> Parameters { get; init; }
    public required string Body { get; init; }

    /// <summary>Ids of the business knowledge models this one calls.</summary>
    public IReadOnlyList<string> RequiredKnowledgeIds { get; init; } = [];
}
