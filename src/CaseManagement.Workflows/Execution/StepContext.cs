using System.Buffers.Binary;
using System.Security.Cryptography;
using CaseManagement.Workflows.Calendar;
using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Dmn;
using CaseManagement.Workflows.Feel;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution;

/// <summary>The working copy of an instance during one command. Everything is mutated here and turned into a new
/// <see cref="InstanceState"/> only at the end, so a command that throws leaves the stored state untouched.</summary>
internal sealed class StepContext
{
    private readonly InstanceState _original;
    private FeelEnvironment? _feel;

    public StepContext(ProcessDefinition definition, InstanceState state, DateTimeOffset now)
    {
        Definition = definition;
        _original = state;
        Now = now;
        Status = state.Status;
        Variables = new Dictionary<string, object?>(state.Variables);
        Tokens = [.. state.Tokens];
        Subscriptions = [.. state.Subscriptions];
        Sequence = state.Sequence;
    }

    public ProcessDefinition Definition { get; }
    public DateTimeOffset Now { get; }

    /// <summary>Where cm:businessDuration timers count office time; the host's, or the municipal default.</summary>
    public IBusinessCalendarProvider Calendars { get; init; } = BusinessCalendar.Municipal;

    /// <summary>The host's DMN documents for business rule tasks; null when the host supplies none.</summary>
    public IDecisionProvider? Decisions { get; init; }
    /// <summary>What FEEL sees of this command: its time for now() and today(), in the zone of the instance's business
    /// calendar, so today() is the municipality's date rather than UTC's.</summary>
    public FeelEnvironment Feel => _feel ??= new FeelEnvironment
    {
        Now = Now,
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(Calendars.CalendarFor(Definition.Id, Variables).Options.TimeZoneId),
    };

    public InstanceStatus Status { get; set; }
    public Dictionary<string, object?> Variables { get; }
    public List<Token> Tokens { get; }
    public List<Subscription> Subscriptions { get; }
    public List<HostCommand> Commands { get; } = [];
    public List<HistoryEvent> History { get; } = [];
    public long Sequence { get; private set; }

    /// <summary>A new id derived from the instance id and a counter: unique, and the same on every replay.</summary>
    public Guid NewId()
    {
        Span<byte> input = stackalloc byte[24];
        _original.InstanceId.TryWriteBytes(input);
        BinaryPrimitives.WriteInt64LittleEndian(input[16..], ++Sequence);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        hash[7] = (byte)((hash[7] & 0x0F) | 0x80); // version 8 (custom), RFC 9562
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16]);
    }

    public FlowNode Node(string elementId) =>
        Definition.FindNode(elementId)
        ?? throw new WorkflowExecutionException(elementId, $"Expected element '{elementId}' in process '{Definition.Id}' but it is not there (was the instance started on another version?)");

    public Token? FindToken(Guid id) => Tokens.Find(t => t.Id == id);

    public void Replace(Token token) => Tokens[Tokens.FindIndex(t => t.Id == token.Id)] = token;

    public void Record(string kind, FlowNode? node, IEnumerable<KeyValuePair<string, object?>>? data = null) =>
        History.Add(new HistoryEvent(Now, kind, node?.Id, node?.ElementType, data is null ? null : VariableJson.ToJson(data)));

    public void Record(string kind, string? elementId, string? elementType, IEnumerable<KeyValuePair<string, object?>>? data = null) =>
        History.Add(new HistoryEvent(Now, kind, elementId, elementType, data is null ? null : VariableJson.ToJson(data)));

    /// <summary>Sets variables and records one VariableSet event each, naming the element that set them.</summary>
    public void SetVariables(IReadOnlyDictionary<string, object?> values, FlowNode? source)
    {
        foreach (var (name, value) in values)
        {
            Variables[name] = value;
            Record(HistoryKinds.VariableSet, source, [new("name", name), new("value", value)]);
        }
    }

    public StepResult ToResult() => new(
        _original with
        {
            Status = Status,
            Variables = new Dictionary<string, object?>(Variables),
            Tokens = [.. Tokens],
            Subscriptions = [.. Subscriptions],
            Sequence = Sequence,
        },
        [.. Commands],
        [.. History]);
}
