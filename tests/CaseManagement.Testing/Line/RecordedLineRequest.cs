namespace CaseManagement.Testing.Line;

/// <summary>One HTTP request the fake LINE server received, whole: method, path with query, headers and body.</summary>
public sealed record RecordedLineRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>Everything the request carried, for "this text never reached LINE" searches.</summary>
    public string Everything => Method + " " + PathAndQuery + "\n" + string.Join("\n", Headers.Select(h => h.Key + ": " + h.Value)) + "\n\n" + Body;
}
