using Mizan.Languages;
using Mizan.Lexicons;

namespace Mizan.Events;

/// <summary>What a small word does for the event reader (see <c>data/ar/event-reader-words.tsv</c>).</summary>
internal enum ReaderWordRole : byte
{
    /// <summary>After it, a form that is both verb and verbal noun is the noun (أعمال قتل، عن خطف).</summary>
    NounBefore,

    /// <summary>Before a trigger noun it refers back (هذا الهجوم).</summary>
    Demonstrative,

    /// <summary>A conjunction after which a trigger noun opens a clause (و، ف).</summary>
    ClauseOpener,

    /// <summary>An adverbial noun: the act before it was done in protest (احتجاجا).</summary>
    InProtest,

    /// <summary>Ends the words that name a source (إن، بأن).</summary>
    Complementiser,

    /// <summary>May stand between a trigger and its actor (أمس، مجددا).</summary>
    Glue,

    /// <summary>A word ending in it before a place makes the place a city (العاصمة، مدينة).</summary>
    CityWord,

    /// <summary>Joins a second place to the first (و).</summary>
    And,

    /// <summary>A trigger lemma for chanting (هتف).</summary>
    ChantLemma,

    /// <summary>A trigger lemma for the people who protest (متظاهر).</summary>
    AgentLemma,

    /// <summary>An explosive-device lemma that is an event only with a word of going off (مفخخة).</summary>
    DeviceLemma,

    /// <summary>A trigger lemma that is an attack only when an armed party does it (اجتاح: storms, crowds and epidemics sweep too).</summary>
    ArmedAgentLemma,

    /// <summary>A trigger lemma that is an attack only when a place follows it: a gain of ground (حرر، طهر، استعاد قرية).</summary>
    PlaceObjectLemma,

    /// <summary>A gain lemma that moves: its ground may follow a locative (تقدمت القوات في منطقة حوش الضواهرة), where a taking's may not.</summary>
    AdvanceLemma,

    /// <summary>A raid lemma (داهم، اقتحم): by no armed group and on none, with no toll and a word of arrest or seizure in its sentence, it is an arrest, not an attack.</summary>
    RaidLemma,

    /// <summary>A word of arrest or seizure (إيقاف، إلقاء القبض، حجز): a raid that ends in it, by no armed group, is police work.</summary>
    ArrestWord,

    /// <summary>A noun of ground that can be taken (قرية، مواقع، منطقة): after a gain verb it makes the gain an attack.</summary>
    GroundNoun,

    /// <summary>A word that says where an act took place (في): a ground noun after it is no ground taken.</summary>
    Locative,

    /// <summary>A noun of a share that follows a locative word (في المئة): the locative then says no place (استعادت القوات 70 في المئة من أراضي المحافظة).</summary>
    ShareNoun,

    /// <summary>A thing a party holds (positions, vehicles, a convoy): its owner after it is hit, never the hitter (قافلة تابعة للجيش).</summary>
    Holding,

    /// <summary>A verb that carries an act named by a noun; its subject does the act (شنت الطائرات غارات).</summary>
    SupportVerb,

    /// <summary>Opens a span of time: before a duration or a date it makes a toll a total over that span (منذ، خلال، على مدى).</summary>
    Span,

    /// <summary>A counted noun that is not a person: the number before it is never a toll (3 آلاف طير، 60 ألف سيارة).</summary>
    Thing,

    /// <summary>A war, a long conflict or a campaign of many acts: a toll of thousands told with it is the conflict's total (الحرب، النزاع، الانتفاضة، الغارات).</summary>
    Conflict,

    /// <summary>A word of a count that runs or of a long time: a toll of thousands told with it is a total (بلغ، حتى الآن، أسابيع).</summary>
    Running,

    /// <summary>Before two places joined by و it names the stretch between them, one place (الطريق بين تعز وعدن).</summary>
    Between,

    /// <summary>After a trigger noun it says the incident is not one told before (هجوم آخر، غارة جديدة).</summary>
    Another,

    /// <summary>A verb of being or becoming right before a trigger verb: the act's doer is named before it (أصبحت تحاصر، كانت تقصف).</summary>
    Auxiliary,

    /// <summary>Before another event's trigger it says the event of the clause happened during that one (خلال حضوره اجتماعا): that event's place is this one's.</summary>
    During,

    /// <summary>Before a place it says where a projectile or strike came from (من): not the event's place when where it went is named too.</summary>
    Origin,

    /// <summary>Before a place it says where a projectile or strike went (نحو، باتجاه، على).</summary>
    Toward,

    /// <summary>Between a number and a party it counts some of that party (قتل 5 من مسلحي الحوثي): the party counted was hurt.</summary>
    Partitive,

    /// <summary>Right after a span word it makes the span hours, not days (خلال ساعات، طوال الليل).</summary>
    ShortSpan,

    /// <summary>Right after a place it opens a clause of what happened there (قطاع غزة حيث سقط 62 قتيلا): an event told in that clause is in that place.</summary>
    WhereRelative,

    /// <summary>
    /// Opens a sentence that goes on with the one before (كما، كذلك): with no date of its own, its toll
    /// belongs to what that sentence told, a total over a span included (كما أصيب أكثر من 1700 after
    /// the dead counted since the protests began).
    /// </summary>
    Continuation,
}

/// <summary>
/// The small words the event reader looks for around triggers and arguments
/// (<c>data/ar/event-reader-words.tsv</c>): matching keys, or for the lemma roles the lemmas as
/// <c>data/ar/triggers.tsv</c> writes them. The lists are short: a lookup scans one and allocates nothing.
/// </summary>
internal sealed class EventReaderWords
{
    private const string Resource = "event-reader-words.tsv";

    private readonly string[][] _words;

    private EventReaderWords(string[][] words)
    {
        _words = words;
    }

    /// <summary>The words of a role, in the order of the data.</summary>
    public IReadOnlyList<string> Of(ReaderWordRole role) => _words[(int)role];

    /// <summary>Whether the key is a word of the role.</summary>
    public bool Is(ReaderWordRole role, ReadOnlySpan<char> key)
    {
        foreach (string w in _words[(int)role])
        {
            if (key.SequenceEqual(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the key starts with a word of the role.</summary>
    public bool StartsWithAny(ReaderWordRole role, ReadOnlySpan<char> key)
    {
        foreach (string w in _words[(int)role])
        {
            if (key.StartsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the key ends with a word of the role.</summary>
    public bool EndsWithAny(ReaderWordRole role, ReadOnlySpan<char> key)
    {
        foreach (string w in _words[(int)role])
        {
            if (key.EndsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Loads <c>data/&lt;code&gt;/event-reader-words.tsv</c> of <paramref name="language"/>.</summary>
    public static EventReaderWords Load(ILanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Parse(language.Table(Resource, "word", "role"), $"{language.Code}/{Resource}", language);
    }

    /// <summary>Reads the table; every role must have at least one word.</summary>
    public static EventReaderWords Parse(TsvTable table, string file, ILanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(language);
        int count = Enum.GetValues<ReaderWordRole>().Length;
        var words = new List<string>[count];
        foreach (TsvRow row in table.Rows)
        {
            ReaderWordRole role = row.Enum<ReaderWordRole>("role");
            bool lemma = role is ReaderWordRole.ChantLemma or ReaderWordRole.AgentLemma or ReaderWordRole.DeviceLemma or ReaderWordRole.ArmedAgentLemma or ReaderWordRole.PlaceObjectLemma or ReaderWordRole.AdvanceLemma or ReaderWordRole.RaidLemma;
            foreach (string word in row.List("word"))
            {
                string value = lemma ? word : language.Key(word);
                if (value.Length == 0)
                {
                    throw row.Error($"'{word}' has no letters");
                }

                List<string> list = words[(int)role] ??= [];
                if (!list.Contains(value, StringComparer.Ordinal))
                {
                    list.Add(value);
                }
            }
        }

        var result = new string[count][];
        for (int i = 0; i < count; i++)
        {
            result[i] = words[i] is { Count: > 0 } list
                ? [.. list]
                : throw new LexiconFormatException(file, 0, $"role '{(ReaderWordRole)i}' has no word");
        }

        return new EventReaderWords(result);
    }
}
