namespace CaseManagement.Web;

/// <summary>Marker for the UI strings in Resources/SharedResource.resx (Japanese) and SharedResource.en.resx.</summary>
public sealed class SharedResource;
