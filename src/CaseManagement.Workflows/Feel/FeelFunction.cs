namespace CaseManagement.Workflows.Feel;

/// <summary>A function value in scope, called by name like a built-in: how DMN business knowledge models are invoked.</summary>
internal delegate object? FeelFunction(object?[] arguments);
