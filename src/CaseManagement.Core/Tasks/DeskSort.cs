namespace CaseManagement.Core.Tasks;

/// <summary>What a desk queue is sorted by: SLA due time (tasks without one last), reception time, age (youngest
/// first when ascending) or category (in the categories' display order).</summary>
public enum DeskSort
{
    Due,
    Created,
    Age,
    Category,
}
