namespace CaseManagement.Workflows.Feel.Ast;

/// <summary>[a..b], (a..b], ]a..b[ …: an interval of numbers, strings or dates.</summary>
internal sealed record RangeNode(FeelNode Low, FeelNode High, bool LowClosed, bool HighClosed) : FeelNode;
