namespace CaseManagement.Core.Common.Security;

/// <summary>Lets one DI scope act as someone other than the request's person: the system at start-up, or a
/// chosen staff member in tests. Set it before the first Send in that scope.</summary>
public sealed class ActorOverride
{
    public ICurrentActor? Actor { get; set; }
}
