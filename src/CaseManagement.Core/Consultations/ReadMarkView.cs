namespace CaseManagement.Core.Consultations;

/// <summary>One side has read up to and including <see cref="MessageId"/>, at <see cref="At"/>.</summary>
public sealed record ReadMarkView(Guid MessageId, DateTimeOffset At);
