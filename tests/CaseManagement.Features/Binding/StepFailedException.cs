namespace CaseManagement.Features.Binding;

/// <summary>A bound step threw; the message names the step, its file and line.</summary>
public sealed class StepFailedException : Exception
{
    public StepFailedException()
    {
    }

    public StepFailedException(string message)
        : base(message)
    {
    }

    public StepFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
