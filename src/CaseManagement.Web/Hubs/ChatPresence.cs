using CaseManagement.Core.Consultations;

namespace CaseManagement.Web.Hubs;

/// <summary>Who has a consultation's chat open on this node, per side: the resident's connections and the staff's.
/// Only the first arrival and the last departure of a side are news to the other side.</summary>
internal sealed class ChatPresence
{
    private readonly Lock gate = new();
    private readonly Dictionary<(Guid CaseId, ChatSide Side), HashSet<string>> open = [];

    /// <summary>Records the connection; true when it is the first of its side for the case.</summary>
    public bool Enter(Guid caseId, ChatSide side, string connectionId)
    {
        lock (gate)
        {
            if (!open.TryGetValue((caseId, side), out var connections))
            {
                open[(caseId, side)] = connections = [];
            }

            return connections.Add(connectionId) && connections.Count == 1;
        }
    }

    /// <summary>Forgets the connection; true when it was the last of its side for the case.</summary>
    public bool Leave(Guid caseId, ChatSide side, string connectionId)
    {
        lock (gate)
        {
            if (!open.TryGetValue((caseId, side), out var connections) || !connections.Remove(connectionId))
            {
                return false;
            }

            if (connections.Count > 0)
            {
                return false;
            }

            open.Remove((caseId, side));
            return true;
        }
    }

    public bool IsOpen(Guid caseId, ChatSide side)
    {
        lock (gate)
        {
            return open.ContainsKey((caseId, side));
        }
    }
}
