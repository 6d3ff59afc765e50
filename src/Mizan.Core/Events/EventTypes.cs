using System.Collections.Frozen;
using System.Collections.Immutable;
using Mizan.Languages;
using Mizan.Lexicons;

namespace Mizan.Events;

/// <summary>
/// The event types the triggers may have and what the reader does with each (<c>data/ar/event-types.tsv</c>):
/// adding a type is a data row. Exactly one type is of kind attack: the type of figures told with no
/// trigger of their own.
/// </summary>
internal sealed class EventTypes
{
    /// <summary>The file the types are read from, in the language pack's resources.</summary>
    public const string File = "event-types.tsv";

    private readonly FrozenDictionary<string, EventTypeInfo> _types;

    private EventTypes(FrozenDictionary<string, EventTypeInfo> types, EventTypeInfo attack)
    {
        _types = types;
        Attack = attack;
    }

    /// <summary>The one type of kind attack (ASSAULT).</summary>
    public EventTypeInfo Attack { get; }

    /// <summary>The type of this name; null when the table has none.</summary>
    public EventTypeInfo? Find(string name) => _types.GetValueOrDefault(name);

    /// <summary>The type of this name (a name the triggers were checked to have).</summary>
    /// <exception cref="KeyNotFoundException">The table has no such type.</exception>
    public EventTypeInfo Of(string name) =>
        _types.TryGetValue(name, out EventTypeInfo? type) ? type : throw new KeyNotFoundException($"{File} has no event type '{name}'");

    /// <summary>Loads the types of <paramref name="language"/>.</summary>
    public static EventTypes Load(ILanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return From(language.Table(File, "type", "kind", "strength", "violent", "not_when"));
    }

    /// <summary>Reads the types from a parsed table; a bad row is a <see cref="LexiconFormatException"/> naming its file and line.</summary>
    public static EventTypes From(TsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var types = new Dictionary<string, EventTypeInfo>(StringComparer.Ordinal);
        EventTypeInfo? attack = null;
        foreach (TsvRow row in table.Rows)
        {
            string name = row.Required("type");
            EventTypeKind kind = row.Enum<EventTypeKind>("kind");
            int strength = row.Int("strength");
            if (strength < 0)
            {
                throw row.Error($"column 'strength' must be 0 or more, not {strength}");
            }

            string violent = row.Required("violent");
            if (violent is not ("yes" or "no"))
            {
                throw row.Error($"column 'violent' must be yes or no, not '{violent}'");
            }

            ImmutableArray<CueKind> notWhen = [.. row.List("not_when").Select(value =>
                Enum.TryParse(value.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out CueKind cue) && Enum.IsDefined(cue)
                    ? cue
                    : throw row.Error($"column 'not_when': '{value}' is not a cue kind of event-cues.tsv"))];
            var type = new EventTypeInfo(name, kind, strength, violent == "yes", notWhen);
            if (!types.TryAdd(name, type))
            {
                throw row.Error($"the type '{name}' is given twice");
            }

            if (kind == EventTypeKind.Attack)
            {
                attack = attack is null ? type : throw row.Error($"only one type may be of kind attack ('{attack.Name}' is)");
            }
        }

        return attack is null
            ? throw new LexiconFormatException(table.File, 0, "no event type is of kind attack")
            : new EventTypes(types.ToFrozenDictionary(StringComparer.Ordinal), attack);
    }
}
