namespace CaseManagement.Web.Infrastructure;

/// <summary>A page that can load its display data again after a refused POST, so the form re-renders with the
/// person's input kept and the reason shown.</summary>
public interface IReloadablePage
{
    Task LoadAsync(CancellationToken ct);
}
