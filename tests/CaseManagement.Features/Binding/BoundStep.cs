namespace CaseManagement.Features.Binding;

/// <summary>A step with the binding that matched it and the arguments captured from its text.</summary>
public sealed record BoundStep(StepSpec Step, StepBinding Binding, object?[] Arguments);
