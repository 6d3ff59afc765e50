using System.Collections.Frozen;
using System.Collections.Immutable;
using Mizan.Events;
using Mizan.Languages;
using Mizan.Lexicons;

namespace Mizan.Entities;

/// <summary>A state institution named by a common noun (الجيش، وزارة الدفاع) whose country comes from context.</summary>
public sealed record InstitutionEntry(string Phrase, ActorKind Kind, string NameTemplate, SourceKind SourceKind, bool Standalone)
{
    /// <summary>The English name for a country (<c>{country}</c> replaced).</summary>
    public string NameFor(string? country) => NameTemplate.Replace("{country}", country ?? "unknown country", StringComparison.Ordinal);
}

/// <summary>A title of an office holder (وزير الدفاع، المتحدث باسم، زعيم).</summary>
public sealed record TitleEntry(string Phrase, string Role, SourceKind SourceKind, ActorKind? Affiliation)
{
    /// <summary>
    /// Whether the title ends with a word of speaking "on behalf of" (<see cref="WordRole.SpeaksFor"/>:
    /// المتحدث باسم) and needs an actor after it; set by <see cref="ActorLexicon"/>.
    /// </summary>
    public bool SpeaksFor { get; init; }
}

/// <summary>A common noun for agents or victims (مسلحون، المتمردين، مدنيين).</summary>
public sealed record GenericEntry(string Phrase, string Name, ActorKind Kind, SourceKind SourceKind, bool Resolves);

/// <summary>
/// The actor lexicons of <c>data/ar</c>: named actors, institutions, titles, generic agents,
/// given names, name particles, function words and the head nouns that refer back to a named group.
/// </summary>
public sealed class ActorLexicon
{
    private readonly FrozenSet<string> _functionWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _functionLookup;
    private readonly FrozenSet<string> _particles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _particleLookup;
    private readonly FrozenSet<string> _groupHeads;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _groupHeadLookup;

    public ActorLexicon(
        ILanguagePack language,
        IEnumerable<Actor> named,
        IEnumerable<KeyValuePair<string, Actor>> namedPhrases,
        IEnumerable<InstitutionEntry> institutions,
        IEnumerable<TitleEntry> titles,
        IEnumerable<GenericEntry> generics,
        IEnumerable<string> givenNames,
        IEnumerable<string> particles,
        IEnumerable<string> functionWords,
        IEnumerable<string>? groupHeads = null)
    {
        ArgumentNullException.ThrowIfNull(language);
        ImmutableArray<string> speaksFor = language.Words.Written(WordRole.SpeaksFor);
        NamedActors = [.. named];
        Named = PhraseIndex<Actor>.Build(namedPhrases, language);
        Institutions = PhraseIndex<InstitutionEntry>.Build(institutions.Select(i => new KeyValuePair<string, InstitutionEntry>(i.Phrase, i)), language);
        Titles = PhraseIndex<TitleEntry>.Build(
            titles.Select(t => new KeyValuePair<string, TitleEntry>(t.Phrase, t with { SpeaksFor = speaksFor.Any(w => t.Phrase.EndsWith(w, StringComparison.Ordinal)) })),
            language);
        Generics = PhraseIndex<GenericEntry>.Build(generics.Select(g => new KeyValuePair<string, GenericEntry>(g.Phrase, g)), language);
        GivenNames = PhraseIndex<string>.Build(givenNames.Select(n => new KeyValuePair<string, string>(n, n)), language);
        _particles = particles.Select(language.Key).ToFrozenSet(StringComparer.Ordinal);
        _particleLookup = _particles.GetAlternateLookup<ReadOnlySpan<char>>();
        _functionWords = functionWords.Select(language.Key).ToFrozenSet(StringComparer.Ordinal);
        _functionLookup = _functionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _groupHeads = (groupHeads ?? []).Select(language.Key).ToFrozenSet(StringComparer.Ordinal);
        _groupHeadLookup = _groupHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The words after which a nationality noun names people of that country, and the generic
    /// entry they are (<c>data/ar/nationals-as-people.tsv</c>); null when the language has none.
    /// </summary>
    internal NationalsAsPeople? NationalsAsPeople { get; init; }

    /// <summary>
    /// The nouns of an attack whose nationality adjective names the forces that carried it out
    /// (غارة إسرائيلية; <c>data/ar/national-attacks.tsv</c>); null when the language has none.
    /// </summary>
    internal NationalAttackWords? NationalAttacks { get; init; }

    /// <summary>Every named actor of the lexicon.</summary>
    public ImmutableArray<Actor> NamedActors { get; }

    public PhraseIndex<Actor> Named { get; }

    public PhraseIndex<InstitutionEntry> Institutions { get; }

    public PhraseIndex<TitleEntry> Titles { get; }

    public PhraseIndex<GenericEntry> Generics { get; }

    public PhraseIndex<string> GivenNames { get; }

    /// <summary>Whether a key is a name particle (أغ، بن، ولد...).</summary>
    public bool IsParticle(ReadOnlySpan<char> key) => _particleLookup.Contains(key);

    /// <summary>
    /// Whether a key (without the article) is the head noun of an organisation's name that, bare and
    /// definite, refers back to the organisation named with it (التحالف، المرصد; <c>data/ar/group-heads.tsv</c>).
    /// </summary>
    public bool IsGroupHead(ReadOnlySpan<char> key) => _groupHeadLookup.Contains(key);

    /// <summary>Whether a key is a function word (في، من، الذي...).</summary>
    public bool IsFunctionWord(ReadOnlySpan<char> key) => _functionLookup.Contains(key);

    /// <summary>Loads the actor lexicons of <paramref name="language"/> (<c>data/&lt;code&gt;/</c>).</summary>
    public static ActorLexicon Load(ILanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var named = new List<Actor>();
        var namedPhrases = new List<KeyValuePair<string, Actor>>();
        TsvTable actors = language.Table("actors.tsv", "id", "names_ar", "name", "kind", "country", "source_kind");
        foreach (TsvRow row in actors.Rows)
        {
            string? kind = row.Optional("kind");
            var actor = new Actor(
                row.Required("id"),
                row.Required("name"),
                kind is null ? null : row.Enum<ActorKind>("kind"),
                row.Optional("country"),
                row.Enum<SourceKind>("source_kind"));
            named.Add(actor);
            foreach (string phrase in row.List("names_ar"))
            {
                namedPhrases.Add(new(phrase, actor));
            }
        }

        var institutions = new List<InstitutionEntry>();
        foreach (TsvRow row in language.Table("institutions.tsv", "phrase", "kind", "name", "source_kind", "standalone").Rows)
        {
            bool standalone = YesNo(row, "standalone");
            foreach (string phrase in row.List("phrase"))
            {
                institutions.Add(new InstitutionEntry(phrase, row.Enum<ActorKind>("kind"), row.Required("name"), row.Enum<SourceKind>("source_kind"), standalone));
            }
        }

        var titles = new List<TitleEntry>();
        foreach (TsvRow row in language.Table("titles.tsv", "phrase", "role", "source_kind", "affiliation").Rows)
        {
            ActorKind? affiliation = row.Optional("affiliation") is null ? null : row.Enum<ActorKind>("affiliation");
            foreach (string phrase in row.List("phrase"))
            {
                titles.Add(new TitleEntry(phrase, row.Required("role"), row.Enum<SourceKind>("source_kind"), affiliation));
            }
        }

        var generics = new List<GenericEntry>();
        foreach (TsvRow row in language.Table("generic-agents.tsv", "phrase", "name", "kind", "source_kind", "resolves").Rows)
        {
            bool resolves = YesNo(row, "resolves");
            foreach (string phrase in row.List("phrase"))
            {
                generics.Add(new GenericEntry(phrase, row.Required("name"), row.Enum<ActorKind>("kind"), row.Enum<SourceKind>("source_kind"), resolves));
            }
        }

        return new ActorLexicon(
            language,
            named,
            namedPhrases,
            institutions,
            titles,
            generics,
            language.Table("given-names.tsv", "name").Rows.Select(r => r.Required("name")),
            language.Table("name-particles.tsv", "particle").Rows.Select(r => r.Required("particle")),
            language.Table("function-words.tsv", "word").Rows.Select(r => r.Required("word")),
            language.Table("group-heads.tsv", "head", "note").Rows.SelectMany(r => r.List("head")))
        {
            NationalAttacks = NationalAttackWords.Load(language, institutions),
            NationalsAsPeople = NationalsAsPeople.Load(language, generics),
        };
    }

    private static bool YesNo(TsvRow row, string column) => row.Required(column) switch
    {
        "yes" => true,
        "no" => false,
        var other => throw row.Error($"column '{column}' must be yes or no, not '{other}'"),
    };
}
