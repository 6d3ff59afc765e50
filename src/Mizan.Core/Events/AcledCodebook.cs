using System.Collections.Frozen;
using System.Collections.Immutable;
using Mizan.Lexicons;
using Mizan.Resources;

namespace Mizan.Events;

/// <summary>
/// ACLED's classification as its codebook gives it (<c>data/codebooks/acled-event-types.tsv</c>):
/// the 6 event types, their 25 sub-event types and the disorder type of each. Names hold
/// slashes ("Explosions/Remote violence", "Air/drone strike"), so a combined name is read by
/// looking it up, never by splitting it. Immutable; load it once.
/// </summary>
public sealed class AcledCodebook
{
    /// <summary>The file the codebook is read from, relative to <c>data/</c>.</summary>
    public const string ResourcePath = "codebooks/acled-event-types.tsv";

    /// <summary>ACLED's event type of strikes, shelling and bombs: remote violence, whoever it hits.</summary>
    public const string RemoteViolence = "Explosions/Remote violence";

    private static readonly Lazy<AcledCodebook> EmbeddedCodebook = new(LoadEmbedded);

    private readonly FrozenDictionary<string, AcledType> _byCombinedName;
    private readonly FrozenDictionary<AcledType, string> _disorderTypes;

    private AcledCodebook(ImmutableArray<(string Disorder, AcledType Type)> entries)
    {
        Types = [.. entries.Select(e => e.Type)];
        _byCombinedName = entries.ToFrozenDictionary(e => Combined(e.Type), e => e.Type, StringComparer.Ordinal);
        _disorderTypes = entries.ToFrozenDictionary(e => e.Type, e => e.Disorder);
    }

    /// <summary>The codebook compiled into Mizan.</summary>
    public static AcledCodebook Embedded => EmbeddedCodebook.Value;

    /// <summary>Every event type with its sub-event type, in the codebook's order.</summary>
    public ImmutableArray<AcledType> Types { get; }

    /// <summary>The distinct event types, in the codebook's order.</summary>
    public IEnumerable<string> EventTypes => Types.Select(t => t.EventType).Distinct(StringComparer.Ordinal);

    /// <summary>"event type/sub-event type", the way Mizan's trigger table writes a type.</summary>
    public static string Combined(AcledType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.EventType + "/" + type.SubEventType;
    }

    /// <summary>Whether a type is remote violence (an air or drone strike, shelling, a bomb).</summary>
    public static bool IsRemoteViolence(AcledType? type) => type?.EventType == RemoteViolence;

    /// <summary>Reads a codebook from a table with columns disorder_type, event_type, sub_event_type.</summary>
    /// <exception cref="LexiconFormatException">A row is empty, repeated or names a disorder type ACLED does not have.</exception>
    public static AcledCodebook Parse(TsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var entries = ImmutableArray.CreateBuilder<(string, AcledType)>();
        var seen = new HashSet<AcledType>();
        foreach (TsvRow row in table.Rows)
        {
            var type = new AcledType(row.Required("event_type"), row.Required("sub_event_type"));
            if (!seen.Add(type))
            {
                throw row.Error($"'{Combined(type)}' is listed twice");
            }

            entries.Add((row.Required("disorder_type"), type));
        }

        if (entries.Count == 0)
        {
            throw new LexiconFormatException(table.File, 0, "the codebook lists no event type");
        }

        return new AcledCodebook(entries.ToImmutable());
    }

    /// <summary>The type named "event type/sub-event type", if the codebook has it.</summary>
    public AcledType? Find(string combinedName)
    {
        ArgumentNullException.ThrowIfNull(combinedName);
        return _byCombinedName.GetValueOrDefault(combinedName);
    }

    /// <summary>Whether the codebook has this event type with this sub-event type.</summary>
    public bool Contains(AcledType type) => type is not null && _disorderTypes.ContainsKey(type);

    /// <summary>The disorder type of a type of the codebook; null for a type it does not have.</summary>
    public string? DisorderType(AcledType? type) => type is null ? null : _disorderTypes.GetValueOrDefault(type);

    private static AcledCodebook LoadEmbedded()
    {
        using TextReader reader = EmbeddedData.OpenText(ResourcePath);
        return Parse(TsvTable.Parse(reader, ResourcePath, "disorder_type", "event_type", "sub_event_type"));
    }
}
