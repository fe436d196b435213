namespace CaseManagement.Core.Cases;

/// <summary>A free tag staff put on a case (要フォロー, 虐待疑い …), for finding cases in the queues.</summary>
public sealed class CaseTag
{
    public Guid CaseId { get; set; }
    public required string Tag { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public required string AddedBy { get; set; }
}
