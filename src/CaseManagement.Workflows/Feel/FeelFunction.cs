namespace CaseManagement.Workflows.Feel;

/// <summary>A function value (a DMN business knowledge model, or a FEEL <c>function(x) …</c> literal), called by
/// name like a built-in; it runs inside the caller's evaluation so it shares its limits.</summary>
internal delegate object? FeelFunction(FeelInterpreter run, object?[] arguments, int depth);
