namespace CaseManagement.Workflows.Hosting;

/// <summary>The latest published version of each process (keyed by process id) and of each decision table (keyed by
/// <see cref="DecisionKey"/>), remembered so that starting an instance or evaluating a business rule task needs no
/// query for it (docs/PERFORMANCE.md). It is only used while <see cref="DefinitionChangeListener"/> listens: a new version on
/// any node (a NOTIFY from migration 0039's trigger, sent when its transaction commits) makes it forget that process,
/// and losing the listening connection forgets everything and stops remembering (ADR 0024).</summary>
public sealed class LatestDefinitions
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Latest> latest = new(StringComparer.Ordinal);
    private long generation;
    private bool listening;

    /// <summary>The key of a decision table's latest version. BPMN process ids are XML names, which have no colon, so
    /// the two kinds of key never meet.</summary>
    public static string DecisionKey(string decisionRef) => "dmn:" + decisionRef;

    /// <summary>Raised after a process was forgotten (its name), or everything (null); tests await it.</summary>
    public event Action<string?>? Forgot;

    /// <summary>Whether versions are being remembered (a listener is connected).</summary>
    public bool Listening
    {
        get
        {
            lock (gate)
            {
                return listening;
            }
        }
    }

    /// <summary>Taken before reading the latest version from the database, and handed to <see cref="Remember"/>: a
    /// change seen in between (a NOTIFY, a publish on this node) means the value read may already be stale.</summary>
    public long Generation
    {
        get
        {
            lock (gate)
            {
                return generation;
            }
        }
    }

    public bool TryGet(string processId, out Latest value)
    {
        lock (gate)
        {
            value = default;
            return listening && latest.TryGetValue(processId, out value);
        }
    }

    /// <summary>Keeps what was read, unless something changed since <paramref name="readSince"/> was taken.</summary>
    public void Remember(string processId, Latest value, long readSince)
    {
        lock (gate)
        {
            if (listening && generation == readSince)
            {
                latest[processId] = value;
            }
        }
    }

    /// <summary>A new version of <paramref name="processId"/> was published (here, or on any node).</summary>
    public void Forget(string processId)
    {
        lock (gate)
        {
            generation++;
            latest.Remove(processId);
        }

        Forgot?.Invoke(processId);
    }

    /// <summary>The listener connected (true: it now sees every later publish) or lost its connection (false).</summary>
    public void SetListening(bool on)
    {
        lock (gate)
        {
            generation++;
            latest.Clear();
            listening = on;
        }

        Forgot?.Invoke(null);
    }

    public readonly record struct Latest(Guid Id, int Version);
}
