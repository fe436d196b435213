namespace CaseManagement.Core.Tasks;

/// <summary>One page of a desk queue: its rows in order, how many match in all, and which page this is (clamped
/// to the last page when the queue shrank under the reader). <see cref="Tags"/> holds each row's case tags.</summary>
public sealed record PagedDeskQueue(
    IReadOnlyList<DeskTaskView> Tasks, int Total, int Page, int PageSize, IReadOnlyDictionary<Guid, IReadOnlyList<string>> Tags)
{
    public static readonly IReadOnlyList<int> PageSizes = [25, 50, 100];

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The 1-based position of the first row on this page (0 when the queue is empty).</summary>
    public int From => Total == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int To => Math.Min(Total, Page * PageSize);
}
