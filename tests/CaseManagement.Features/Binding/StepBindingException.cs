namespace CaseManagement.Features.Binding;

/// <summary>A scenario has steps that no binding matches, or that two bindings match.</summary>
public sealed class StepBindingException : Exception
{
    public StepBindingException()
    {
    }

    public StepBindingException(string message)
        : base(message)
    {
    }

    public StepBindingException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
