using System.Collections.Frozen;
using System.Collections.Immutable;
using Mizan.Languages;
using Mizan.Lexicons;

namespace Mizan.Entities;

/// <summary>A country as the actor recogniser needs it: ISO code, English name, Arabic names and adjectives.</summary>
public sealed record CountryNames(string Iso3, string Name, ImmutableArray<string> ArabicNames, ImmutableArray<string> Demonyms, ImmutableArray<string> CapitalNames);

/// <summary>
/// Countries by their Arabic names, their capitals (باماكو for Mali's government) and their
/// nisba adjectives in every form news uses (المالي، المالية، الماليين، مالية).
/// </summary>
public sealed class CountryDirectory
{
    private readonly FrozenDictionary<string, CountryNames> _byIso3;

    private readonly FrozenSet<string> _ambiguous;

    public CountryDirectory(ILanguagePack language, IEnumerable<CountryNames> countries, IEnumerable<string>? ambiguousDemonyms = null)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(countries);
        IMorphology morphology = language.Morphology;
        _ambiguous = (ambiguousDemonyms ?? [])
            .SelectMany(morphology.AdjectiveForms)
            .Select(language.Key)
            .ToFrozenSet(StringComparer.Ordinal);
        var list = countries.ToList();
        _byIso3 = list.ToFrozenDictionary(c => c.Iso3, StringComparer.Ordinal);
        var demonyms = new List<KeyValuePair<string, CountryNames>>();
        var names = new List<KeyValuePair<string, CountryNames>>();
        var people = new List<KeyValuePair<string, CountryNames>>();
        foreach (CountryNames country in list)
        {
            foreach (string demonym in country.Demonyms)
            {
                foreach (string form in morphology.AdjectiveForms(demonym))
                {
                    demonyms.Add(new(form, country));
                }

                foreach (string form in morphology.PeopleNounForms(demonym))
                {
                    people.Add(new(form, country));
                }
            }

            foreach (string name in country.ArabicNames)
            {
                names.Add(new(name, country));
            }

            foreach (string capital in country.CapitalNames)
            {
                names.Add(new(capital, country));
            }
        }

        Demonyms = PhraseIndex<CountryNames>.Build(demonyms, language);
        Names = PhraseIndex<CountryNames>.Build(names, language);
        PeopleNouns = PhraseIndex<CountryNames>.Build(people, language);
    }

    /// <summary>Nisba adjectives as nouns for people, without the article (فلسطيني، 18 فلسطينيا، سوريين).</summary>
    internal PhraseIndex<CountryNames> PeopleNouns { get; }

    /// <summary>Nisba adjectives in all their forms, with and without the article.</summary>
    public PhraseIndex<CountryNames> Demonyms { get; }

    /// <summary>Country names and capitals (a capital stands for the country's government).</summary>
    public PhraseIndex<CountryNames> Names { get; }

    /// <summary>
    /// Whether a nisba form (key) is also a common word (المالية: Malian or financial): it names
    /// its country only where the text names the country too.
    /// </summary>
    public bool IsAmbiguousDemonym(string key) => _ambiguous.Contains(key);

    /// <summary>The country of an ISO 3166 alpha-3 code, if known.</summary>
    public CountryNames? ByIso3(string? iso3) => iso3 is not null && _byIso3.TryGetValue(iso3, out CountryNames? c) ? c : null;
}
