namespace CaseManagement.Core.Tasks;

/// <summary>Open tasks of one desk queue and how many of them nobody has claimed.</summary>
public sealed record QueueLoad(string Queue, int Open, int Unclaimed);
