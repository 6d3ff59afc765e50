using System.Collections.Immutable;
using Mizan.Lexicons;
using Mizan.Pipeline;
using Mizan.Tokenization;

namespace Mizan.Geocoding;

/// <summary>
/// Finds the places that the gazetteer names in Latin script only: an Arabic word right after a
/// noun of place or unit (مدينة ناروال، ولاية يوبي، بلدة فيلبانت) that no Arabic name matched, whose
/// skeleton spells the Latin name of a town in a country the article names (by its name, a region
/// of it, or its demonym: وزير الداخلية الباكستاني).
/// </summary>
internal sealed class LatinPlaceReader
{
    private readonly LatinNameIndex _names;
    private readonly PhraseIndex<PlaceCueKind> _cues;
    private readonly PlaceRoles _roles;
    private readonly Gazetteer _gazetteer;

    public LatinPlaceReader(Gazetteer gazetteer, PhraseIndex<PlaceCueKind> cues, PlaceRoles roles)
    {
        _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
        _names = gazetteer.LatinNames;
        _cues = cues ?? throw new ArgumentNullException(nameof(cues));
        _roles = roles ?? throw new ArgumentNullException(nameof(roles));
    }

    /// <summary>Whether there is anything to find (the gazetteer indexed its Latin-only names).</summary>
    public bool IsActive => _names.Spelling is not null;

    /// <summary>Adds to <paramref name="mentions"/> (in text order) the Latin-only places the document names after a place noun.</summary>
    public void Read(Document document, ImmutableArray<PlaceMention>.Builder mentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        if (!IsActive)
        {
            return;
        }

        HashSet<string>? countries = null;
        bool added = false;
        foreach (Sentence sentence in document.Sentences)
        {
            for (int t = sentence.FirstToken + 1; t < sentence.EndToken; t++)
            {
                // A cheap look at the word before first (مدينة، بمدينة، ومدينة): the cue lexicon is asked only after one.
                if (document.Tokens[t].Kind != TokenKind.Arabic || !MayBeCue(document, t - 1) || Covered(mentions, t)
                    || CueEndingAt(document, sentence, t) is not { } kinds || !NamesAPlace(kinds)
                    || _cues.TryMatchAt(document.Normalized, document.Tokens, t, sentence.EndToken, out _))
                {
                    continue; // a cue word itself (بشمال، منطقة) is no name
                }

                if (_names.ReadName(document.KeyOf(document.Tokens[t])) is not { } word)
                {
                    continue;
                }

                countries ??= CountriesOf(document, mentions);
                if (_names.Find(word, countries) is not { } place)
                {
                    continue;
                }

                PlaceRole role = _roles.RoleOf(document, t, t + 1, sentence.FirstToken, sentence.EndToken, standsForState: false, locative: true, isCountry: false);
                mentions.Add(new PlaceMention(document.Tokens[t].Span, t, t + 1, [place], Locative: true, Relation: null)
                {
                    Administrative = kinds.Contains(PlaceCueKind.Administrative),
                    District = kinds.Contains(PlaceCueKind.District),
                    Role = role,
                });
                added = true;
            }
        }

        if (added)
        {
            mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        }
    }

    /// <summary>Whether the word may start a cue phrase, as written or after a one-letter proclitic.</summary>
    private bool MayBeCue(Document document, int token)
    {
        if (document.Tokens[token].Kind != TokenKind.Arabic)
        {
            return false;
        }

        ReadOnlySpan<char> key = document.KeyOf(document.Tokens[token]);

        // The segmentation hashed the word and its readings already.
        if (TokenReadings.Of(document.Normalized, document.Tokens, document.Language.Morphology) is { } readings)
        {
            return _cues.ContainsWord(key, readings.WordHash(token))
                || (key.Length > 3 && document.Language.Morphology.IsProcliticLetter(key[0]) && _cues.ContainsWord(key[1..], readings.HashWithoutFirst(token, key, 1)));
        }

        return _cues.ContainsWord(key) || (key.Length > 3 && document.Language.Morphology.IsProcliticLetter(key[0]) && _cues.ContainsWord(key[1..]));
    }

    /// <summary>The kinds of a cue phrase that ends right before <paramref name="token"/> (one or two words); null when none does.</summary>
    private ImmutableArray<PlaceCueKind>? CueEndingAt(Document document, Sentence sentence, int token)
    {
        for (int back = 1; back <= 2 && token - back >= sentence.FirstToken; back++)
        {
            if (_cues.TryMatchAt(document.Normalized, document.Tokens, token - back, token, out PhraseMatch<PlaceCueKind> cue) && cue.EndToken == token)
            {
                return cue.Values;
            }
        }

        return null;
    }

    /// <summary>A noun of place or of a unit of government says a name follows; في or قرب alone does not.</summary>
    private static bool NamesAPlace(ImmutableArray<PlaceCueKind> kinds) =>
        kinds.Contains(PlaceCueKind.Noun) || kinds.Contains(PlaceCueKind.City) || kinds.Contains(PlaceCueKind.District) || kinds.Contains(PlaceCueKind.Administrative);

    private static bool Covered(ImmutableArray<PlaceMention>.Builder mentions, int token)
    {
        foreach (PlaceMention m in mentions)
        {
            if (token >= m.FirstToken && token < m.EndToken)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The countries the document names: countries and regions among its place names, and demonyms.</summary>
    private HashSet<string> CountriesOf(Document document, ImmutableArray<PlaceMention>.Builder mentions)
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (PlaceMention m in mentions)
        {
            foreach (Place p in m.Candidates)
            {
                if (p.Precision is Events.LocationPrecision.Country or Events.LocationPrecision.Region)
                {
                    countries.Add(p.CountryIso3);
                }
            }
        }

        foreach (Token token in document.Tokens)
        {
            if (token.Kind == TokenKind.Arabic && token.Key.Length >= 4 && _gazetteer.CountryOfDemonymKey(document.KeyOf(token)) is { } country)
            {
                countries.Add(country.Iso3);
            }
        }

        return countries;
    }
}
