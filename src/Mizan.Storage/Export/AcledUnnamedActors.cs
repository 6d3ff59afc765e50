using System.Collections.Frozen;
using Mizan.Events;
using Mizan.Lexicons;
using Mizan.Resources;

namespace Mizan.Storage.Export;

/// <summary>
/// What ACLED codes as actor1 when the reports name no perpetrator
/// (<c>data/codebooks/acled-unnamed-actors.tsv</c>): ACLED never leaves actor1 empty, so political
/// violence by no named actor is an "Unidentified Armed Group" (3), a protest's unnamed crowd
/// "Protesters" (6), a riot's "Rioters" (5). Rows are by event type, or by sub-event type where
/// that differs (an empty sub_event_type covers the event type). Immutable; load it once.
/// </summary>
public sealed class AcledUnnamedActors
{
    /// <summary>The file the table is read from, relative to <c>data/</c>.</summary>
    public const string ResourcePath = "codebooks/acled-unnamed-actors.tsv";

    private static readonly Lazy<AcledUnnamedActors> EmbeddedTable = new(LoadEmbedded);

    private readonly FrozenDictionary<string, AcledUnnamedActor> _byEventType;
    private readonly FrozenDictionary<AcledType, AcledUnnamedActor> _bySubEventType;

    private AcledUnnamedActors(Dictionary<string, AcledUnnamedActor> byEventType, Dictionary<AcledType, AcledUnnamedActor> bySubEventType)
    {
        _byEventType = byEventType.ToFrozenDictionary(StringComparer.Ordinal);
        _bySubEventType = bySubEventType.ToFrozenDictionary();
    }

    /// <summary>The table compiled into Mizan, checked against ACLED's codebook compiled into Mizan.</summary>
    public static AcledUnnamedActors Embedded => EmbeddedTable.Value;

    /// <summary>Reads a table with columns event_type, sub_event_type (may be empty), actor, inter.</summary>
    /// <exception cref="LexiconFormatException">A row names a type the codebook does not have, repeats a type, or gives a code outside 1 to 8; or an event type of the codebook has no row.</exception>
    public static AcledUnnamedActors Parse(TsvTable table, AcledCodebook codebook)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(codebook);
        var eventTypes = codebook.EventTypes.ToHashSet(StringComparer.Ordinal);
        var byEventType = new Dictionary<string, AcledUnnamedActor>(StringComparer.Ordinal);
        var bySubEventType = new Dictionary<AcledType, AcledUnnamedActor>();
        foreach (TsvRow row in table.Rows)
        {
            string eventType = row.Required("event_type");
            string? subEventType = row.Optional("sub_event_type");
            int inter = row.Int("inter");
            if (inter is < 1 or > 8)
            {
                throw row.Error($"inter {inter} is not one of ACLED's actor type codes (1 to 8)");
            }

            var actor = new AcledUnnamedActor(row.Required("actor"), inter);
            if (subEventType is null)
            {
                if (!eventTypes.Contains(eventType))
                {
                    throw row.Error($"'{eventType}' is not an event type of ACLED's codebook");
                }

                if (!byEventType.TryAdd(eventType, actor))
                {
                    throw row.Error($"'{eventType}' is listed twice");
                }

                continue;
            }

            var type = new AcledType(eventType, subEventType);
            if (!codebook.Contains(type))
            {
                throw row.Error($"'{eventType}' / '{subEventType}' is not in ACLED's codebook");
            }

            if (!bySubEventType.TryAdd(type, actor))
            {
                throw row.Error($"'{eventType}' / '{subEventType}' is listed twice");
            }
        }

        string? missing = eventTypes.FirstOrDefault(t => !byEventType.ContainsKey(t));
        return missing is null
            ? new AcledUnnamedActors(byEventType, bySubEventType)
            : throw new LexiconFormatException(table.File, 0, $"the event type '{missing}' has no unnamed actor");
    }

    /// <summary>The actor ACLED codes for an event of this type whose perpetrator is not named; null for a type the table does not cover.</summary>
    public AcledUnnamedActor? For(AcledType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return _bySubEventType.GetValueOrDefault(type) ?? _byEventType.GetValueOrDefault(type.EventType);
    }

    private static AcledUnnamedActors LoadEmbedded()
    {
        using TextReader reader = EmbeddedData.OpenText(ResourcePath);
        return Parse(TsvTable.Parse(reader, ResourcePath, "event_type", "sub_event_type", "actor", "inter"), AcledCodebook.Embedded);
    }
}
