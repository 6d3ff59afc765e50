using System.Collections.Frozen;
using System.Collections.Immutable;
using Mizan.Events;
using Mizan.Languages;
using Mizan.Lexicons;
using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Dates;

/// <summary>
/// The vocabulary of Arabic date expressions: month names, weekdays, relative days, ordinal
/// day numbers and the small words around them, read from <c>data/ar/</c>. Immutable and
/// thread-safe: load it once and share it. Lookups are by span and allocate nothing.
/// </summary>
public sealed class DateLexicon
{
    /// <summary>Gregorian (Mashriq, Levantine, Maghrebi) and Hijri month names.</summary>
    public const string MonthsResource = "months.tsv";

    /// <summary>Days of the week.</summary>
    public const string WeekdaysResource = "weekdays.tsv";

    /// <summary>Words for days relative to the reference date (أمس، اليوم، غدا).</summary>
    public const string RelativeDatesResource = "relative-dates.tsv";

    /// <summary>Ordinal day numbers (الثاني، الحادي والعشرين).</summary>
    public const string DayOrdinalsResource = "day-ordinals.tsv";

    /// <summary>Cue words, modifiers, periods, times of day, parts of periods, eras.</summary>
    public const string DateWordsResource = "date-words.tsv";

    private readonly FrozenDictionary<string, DatePhrase[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _elapsedAfter;

    private DateLexicon(ILanguagePack language, FrozenDictionary<string, DatePhrase[]> byFirstWord, FrozenSet<string> elapsedAfter, int count)
    {
        Language = language;
        _elapsedAfter = elapsedAfter.GetAlternateLookup<ReadOnlySpan<char>>();
        _byFirstWord = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        FirstWords = new PhraseStartGate(byFirstWord.Keys);
        Count = count;
    }

    /// <summary>
    /// The first words of the phrases, checked against the clitic readings of a token: a token
    /// none of whose readings is a first word starts no phrase, peeled or not.
    /// </summary>
    internal PhraseStartGate FirstWords { get; }

    /// <summary>The language of the vocabulary: the key of its phrases and the clitics of the words before them.</summary>
    public ILanguagePack Language { get; }

    /// <summary>Number of phrases (a phrase with two roles counts twice).</summary>
    public int Count { get; }

    /// <summary>Loads the date vocabulary of <paramref name="language"/> from its resources.</summary>
    public static DateLexicon Load(ILanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Load(language, language.OpenText);
    }

    /// <summary>
    /// Loads the date vocabulary of <paramref name="language"/> through <paramref name="open"/>, which
    /// maps a resource name (see the constants; under the pack's data folder) to its text.
    /// </summary>
    /// <exception cref="LexiconFormatException">A file is malformed; the message names the file and line.</exception>
    public static DateLexicon Load(ILanguagePack language, Func<string, TextReader> open)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(open);
        string folder = $"{language.Code}/";
        var builder = new Dictionary<string, List<DatePhrase>>(StringComparer.Ordinal);
        int count = 0;

        foreach (TsvRow row in Read(open, folder, MonthsResource, "phrase", "calendar", "month", "needs_cue"))
        {
            int month = row.Int("month");
            if (month is < 1 or > 12)
            {
                throw row.Error($"month {month} is not between 1 and 12");
            }

            var calendar = row.Enum<DateCalendar>("calendar");
            bool needsCue = YesNo(row, "needs_cue");
            count += Add(language, builder, row, new DateWord(DateWordRole.Month, month, (int)calendar, DatePrecision.Month, needsCue || calendar == DateCalendar.Hijri));
        }

        foreach (TsvRow row in Read(open, folder, WeekdaysResource, "phrase", "weekday"))
        {
            count += Add(language, builder, row, new DateWord(DateWordRole.Weekday, (int)row.Enum<DayOfWeek>("weekday")));
        }

        foreach (TsvRow row in Read(open, folder, RelativeDatesResource, "phrase", "from", "to", "precision"))
        {
            int from = row.Int("from");
            int to = row.Int("to");
            if (from > to)
            {
                throw row.Error($"'from' ({from}) is after 'to' ({to})");
            }

            count += Add(language, builder, row, new DateWord(DateWordRole.RelativeDay, from, to, row.Enum<DatePrecision>("precision")));
        }

        foreach (TsvRow row in Read(open, folder, DayOrdinalsResource, "phrase", "day"))
        {
            int day = row.Int("day");
            if (day is < 1 or > 31)
            {
                throw row.Error($"day {day} is not between 1 and 31");
            }

            count += Add(language, builder, row, new DateWord(DateWordRole.Ordinal, day));
        }

        var elapsedAfter = new HashSet<string>(StringComparer.Ordinal);
        foreach (TsvRow row in Read(open, folder, DateWordsResource, "phrase", "role", "value"))
        {
            if (row.Required("role") == "elapsed_after")
            {
                foreach (string word in row.List("phrase"))
                {
                    elapsedAfter.Add(language.Key(word));
                }

                continue;
            }

            count += Add(language, builder, row, ParseDateWord(row));
        }

        FrozenDictionary<string, DatePhrase[]> frozen = builder.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderByDescending(p => p.Rest.Length).ToArray(),
            StringComparer.Ordinal);
        return new DateLexicon(language, frozen, elapsedAfter.ToFrozenSet(StringComparer.Ordinal), count);
    }

    /// <summary>Whether the key is a word for "after it" before a count of days (وبعده بعشرة أيام).</summary>
    internal bool IsElapsedAfter(ReadOnlySpan<char> key) => _elapsedAfter.Contains(key);

    /// <summary>Phrases whose first word is <paramref name="firstWord"/> (a key), longest first.</summary>
    internal bool TryGetPhrases(ReadOnlySpan<char> firstWord, out DatePhrase[] phrases)
    {
        if (_byFirstWord.TryGetValue(firstWord, out DatePhrase[]? found))
        {
            phrases = found;
            return true;
        }

        phrases = [];
        return false;
    }

    private static IEnumerable<TsvRow> Read(Func<string, TextReader> open, string folder, string resource, params string[] columns)
    {
        using TextReader reader = open(resource);
        return TsvTable.Parse(reader, folder + resource, columns).Rows;
    }

    private static bool YesNo(TsvRow row, string column) => row.Required(column) switch
    {
        "yes" => true,
        "no" => false,
        string other => throw row.Error($"column '{column}' must be 'yes' or 'no', not '{other}'"),
    };

    private static DateWord ParseDateWord(TsvRow row)
    {
        string role = row.Required("role");
        string value = row["value"];
        return role switch
        {
            "day_cue" => NoValue(DateWordRole.DayCue),
            "month_cue" => NoValue(DateWordRole.MonthCue),
            "year_cue" => NoValue(DateWordRole.YearCue),
            "this" => NoValue(DateWordRole.This),
            "time_of_day" => NoValue(DateWordRole.TimeOfDay),
            "in" => NoValue(DateWordRole.In),
            "of" => NoValue(DateWordRole.Of),
            "agreeing" => NoValue(DateWordRole.Agreeing),
            "not_today_after" => NoValue(DateWordRole.NotTodayAfter),
            "not_today_before" => NoValue(DateWordRole.NotTodayBefore),
            "year_follower" => NoValue(DateWordRole.YearFollower),
            "general_head" => NoValue(DateWordRole.GeneralHead),
            "period" => new DateWord(DateWordRole.Period, value switch
            {
                "week" => (int)PeriodUnit.Week,
                "month" => (int)PeriodUnit.Month,
                "year" => (int)PeriodUnit.Year,
                _ => throw BadValue("week, month or year"),
            }),
            "direction" => new DateWord(DateWordRole.Direction, value switch
            {
                "before_last" => -2,
                "past" => -1,
                "current" => 0,
                "future" => 1,
                _ => throw BadValue("before_last, past, current or future"),
            }),
            "part" => new DateWord(DateWordRole.Part, value switch
            {
                "early" => -1,
                "mid" => 0,
                "late" => 1,
                _ => throw BadValue("early, mid or late"),
            }),
            "boundary" => new DateWord(DateWordRole.Boundary, value switch
            {
                "since" => (int)DateBoundary.Since,
                "until" => (int)DateBoundary.Until,
                _ => throw BadValue("since or until"),
            }),
            "era" => new DateWord(DateWordRole.Era, value switch
            {
                "gregorian" => (int)DateCalendar.Gregorian,
                "hijri" => (int)DateCalendar.Hijri,
                _ => throw BadValue("gregorian or hijri"),
            }),
            _ => throw row.Error($"unknown role '{role}'"),
        };

        DateWord NoValue(DateWordRole r) =>
            value.Length == 0 ? new DateWord(r) : throw row.Error($"role '{role}' takes no value, found '{value}'");

        LexiconFormatException BadValue(string expected) =>
            row.Error($"role '{role}' needs a value among {expected}, found '{value}'");
    }

    private static int Add(ILanguagePack language, Dictionary<string, List<DatePhrase>> builder, TsvRow row, DateWord word)
    {
        string phrase = row.Required("phrase");
        NormalizedText normalized = language.Normalize(phrase);
        ImmutableArray<Token> tokens = Tokenizer.Tokenize(normalized);
        if (tokens.IsEmpty || tokens.Any(t => !t.IsWord))
        {
            throw row.Error($"phrase '{phrase}' must be one or more words without punctuation or digits");
        }

        string first = normalized.Key.Substring(tokens[0].Key.Start, tokens[0].Key.Length);
        string[] rest = [.. tokens.Skip(1).Select(t => normalized.Key.Substring(t.Key.Start, t.Key.Length))];
        if (!builder.TryGetValue(first, out List<DatePhrase>? list))
        {
            list = [];
            builder.Add(first, list);
        }

        var entry = new DatePhrase(rest, word);
        if (list.Any(p => p.Word == word && p.Rest.AsSpan().SequenceEqual(rest)))
        {
            throw row.Error($"phrase '{phrase}' is listed twice with the same meaning");
        }

        list.Add(entry);
        return 1;
    }
}

/// <summary>A phrase of the date vocabulary filed under its first word: the keys of its other words and its meaning.</summary>
internal sealed record DatePhrase(string[] Rest, DateWord Word);
