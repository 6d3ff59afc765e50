using System.Collections.Immutable;
using Mizan.Geocoding;
using Mizan.Tokenization;

namespace Mizan.Events.Reading;

/// <summary>
/// Reads the place of a candidate: among the places of its stretch (else of its sentence; also of
/// its sentence when the stretch names only a bare country, which may be who acts) that belong to
/// it, the one the event is in or aimed at, the most precise, then the nearest; a town followed by
/// its city, a place followed by the region that holds it, and a second town joined by و (another
/// event on the same words).
/// </summary>
internal sealed class PlaceReader : IArgumentReader
{
    // شرق خان يونس في جنوب قطاع غزة: the words between a place and the region or country that holds it.
    private const int HolderGap = 3;

    // شنت الولايات المتحدة غارات: the words between a verb and the trigger that is its object.
    private const int ObjectTriggerGap = 3;

    private readonly EventReaderWords _words;

    public PlaceReader(EventReaderWords words)
    {
        _words = words ?? throw new ArgumentNullException(nameof(words));
    }

    /// <inheritdoc />
    public void Read(EventCandidate candidate, SentenceContext sentence)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(sentence);
        EventCandidate c = candidate;
        SentenceContext s = sentence;
        List<PlaceMention> places = OwnedPlaces(s, c, c.RangeStart, c.RangeEnd);
        if (places.TrueForAll(BareCountry))
        {
            // شنت الولايات المتحدة غارات على مواقع للمسلحين في اليمن: a bare country in the stretch may be who acts;
            // a place of the sentence with a locative word or a cue says where.
            List<PlaceMention> sentencePlaces = OwnedPlaces(s, c, s.FirstToken, s.EndToken);
            if (places.Count == 0 || !sentencePlaces.TrueForAll(BareCountry))
            {
                places = sentencePlaces;
            }
        }

        if (places.Count == 0)
        {
            return;
        }

        int anchor = c.Main?.FirstToken ?? c.RangeStart;

        // A country before the trigger with no locative word is its subject, not its place:
        // الولايات المتحدة وبريطانيا وفرنسا شنت ضربات ...
        if (c.Main is not null)
        {
            places.RemoveAll(p => p.EndToken <= anchor && !p.Locative && p.Relation is null && Specificity(p) == 3 && !p.Administrative);
            if (places.Count == 0)
            {
                return;
            }
        }

        // The places the event is in or aimed at: after a locative word, or right after the trigger
        // (استهدفت دوما، قصف الغوطة). Among them the most precise, then the nearest.
        // A place after another trigger that follows the main one belongs to that one's clause
        // (استهدفت ثكنات في مديرية السوادية، وسط استمرار المعارك في منطقة قانية). A trigger a few words after the main
        // one is its object, not another clause (شنت الولايات المتحدة غارات ... في اليمن).
        int nextTrigger = int.MaxValue;
        if (c.Main is { } main)
        {
            foreach (TriggerHit t in c.Triggers)
            {
                if (t.FirstToken > main.EndToken + ObjectTriggerGap && t.FirstToken < nextTrigger)
                {
                    nextTrigger = t.FirstToken;
                }
            }
        }

        // أطلقت صواريخ من قطاع غزة نحو جنوب إسرائيل: where it came from is not where it happened, when where it went is named.
        bool fromAndToward = places.Exists(p => Introduced(s, p, ReaderWordRole.Origin)) && places.Exists(p => Introduced(s, p, ReaderWordRole.Toward));

        int targetEnd = (c.Main?.EndToken ?? anchor) + 1;
        PlaceMention best = places[0];
        (int Clause, int Aim, int Specificity, int Distance) bestRank = (int.MaxValue, 0, 0, 0);
        foreach (PlaceMention p in places)
        {
            // A country right after the verb is as often its subject as its object (شنت الولايات المتحدة غارات ... في اليمن):
            // it is aimed at only when nothing else is.
            bool target = p.FirstToken >= anchor && p.FirstToken <= targetEnd && !BareCountry(p);
            bool origin = fromAndToward && Introduced(s, p, ReaderWordRole.Origin);
            bool there = c.Main is not null && ToldThere(s, p, anchor);
            (int Clause, int Aim, int Specificity, int Distance) rank = (p.FirstToken > nextTrigger || origin ? 1 : 0, p.Locative || target || there ? 0 : 1, Specificity(p), Math.Abs(p.FirstToken - anchor) + (p.FirstToken < anchor ? 2 : 0));
            if (rank.CompareTo(bestRank) < 0)
            {
                best = p;
                bestRank = rank;
            }
        }

        // "مخيم لنازحي تاورغاء بالعاصمة طرابلس": a town followed by a locative city word names the city it is in.
        PlaceMention? container = places.Find(p => p.FirstToken > best.EndToken && p.FirstToken <= best.EndToken + 3 && p.Locative && p.Relation is null
            && Specificity(p) == Specificity(best) && AfterCityWord(s, p));
        // "شرق خان يونس في جنوب قطاع غزة", "مديرية برط شمالي محافظة الجوف": a region or country right after a place
        // it holds says where that place is; the place is the more precise.
        // A place of another country between them (معبر رفح بين مصر وقطاع غزة) makes them a list, not a place and its
        // holder; one of the same country is a list of held places (بين مديريتي ناطع والملاجم بمحافظة البيضاء).
        PlaceMention? held = container is null ? places.Find(p => p.EndToken <= best.FirstToken && best.FirstToken - p.EndToken <= HolderGap
            && Specificity(p) < Specificity(best) && Holds(best, p) && !ForeignPlaceBetween(s, best, p.EndToken, best.FirstToken)) : null;
        c.Place = container ?? held ?? best;

        // Strikes on two named towns are two events: استهدفت دوما وزملكا; the road between two towns is one place.
        if (BetweenBefore(s, c.Place))
        {
            return;
        }

        c.Conjoined = places.Find(p => p.FirstToken == c.Place.EndToken + 1 && c.Place.EndToken < s.Tokens.Length && _words.Is(ReaderWordRole.And, s.KeyOf(c.Place.EndToken)) && Specificity(p) == Specificity(c.Place) && Specificity(p) <= 1)
            ?? places.Find(p => p.FirstToken == c.Place.EndToken && _words.StartsWithAny(ReaderWordRole.And, s.KeyOf(p.FirstToken)) && Specificity(p) == Specificity(c.Place) && Specificity(p) <= 1);
    }

    /// <summary>
    /// 0 for a site or town, 1 for a district, 2 for a region, 3 for a country (from the best
    /// candidate). After a region word (بمحافظة صعدة) the name is the region, not its town; after a
    /// district word (مديرية باقم) the district its town names.
    /// </summary>
    internal static int Specificity(PlaceMention p)
    {
        bool region = p.Administrative && !p.District;
        int best = 3;
        foreach (Place place in p.Candidates)
        {
            int s = place.Precision switch
            {
                LocationPrecision.Site or LocationPrecision.Town or LocationPrecision.NearTown => region ? 3 : p.District ? 1 : 0,
                LocationPrecision.District => 1,
                LocationPrecision.Region => 2,
                _ => 3,
            };
            best = Math.Min(best, s);
        }

        return best;
    }

    /// <summary>A country named without a locative word, a relation or a unit word (الولايات المتحدة، not في اليمن).</summary>
    private static bool BareCountry(PlaceMention p) => Specificity(p) == 3 && !p.Locative && !p.Administrative && p.Relation is null;

    /// <summary>
    /// Whether a reading of <paramref name="place"/> lies in a region or country <paramref name="holder"/> may be:
    /// in its country, and in its first-level region when the holder is a region.
    /// </summary>
    private static bool Holds(PlaceMention holder, PlaceMention place) =>
        place.Candidates.Any(p => holder.Candidates.Any(h =>
            h.CountryIso3 == p.CountryIso3
            && (h.Precision == LocationPrecision.Country || h.Precision == LocationPrecision.Region && h.Admin1 is not null && h.Admin1 == p.Admin1)));

    /// <summary>
    /// Whether the place is followed by a word of <c>where</c> that opens the clause of the trigger at
    /// <paramref name="anchor"/> (بين مصر وقطاع غزة حيث سقط 62 قتيلا): the clause tells what happened in that place.
    /// A comma may stand between the place and the word.
    /// </summary>
    private bool ToldThere(SentenceContext s, PlaceMention p, int anchor)
    {
        int k = p.EndToken;
        if (k < anchor && s.Tokens[k].Kind == TokenKind.Punctuation)
        {
            k++;
        }

        return k < anchor && _words.Is(ReaderWordRole.WhereRelative, s.KeyOf(k)) && s.SameClause(k, anchor);
    }

    /// <summary>Whether a word of the role stands right before the place or before the relative word that precedes it (من قطاع غزة، نحو جنوب إسرائيل).</summary>
    private bool Introduced(SentenceContext s, PlaceMention p, ReaderWordRole role)
    {
        int lead = p.RelationStart ?? p.FirstToken;
        for (int k = lead; k >= Math.Max(s.FirstToken, lead - 1); k--)
        {
            if (k < p.FirstToken && _words.Is(role, s.KeyOf(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the trigger nearest the place is another event's that the candidate's trigger before
    /// it happened during (أصيب الوزير خلال حضوره اجتماعا في مدينة ناروال): a word of <c>during</c> at
    /// most two words before that trigger, in the candidate's clause.
    /// </summary>
    private bool During(SentenceContext s, EventCandidate c, PlaceMention p)
    {
        if (s.NearestHit(p.FirstToken, p.EndToken) is not { } other || c.Triggers.Contains(other) || !c.Triggers.Exists(t => t.EndToken <= other.FirstToken))
        {
            return false;
        }

        for (int k = other.FirstToken - 1; k >= Math.Max(s.FirstToken, other.FirstToken - 3); k--)
        {
            if (_words.Is(ReaderWordRole.During, s.Document.Language.Morphology.WithoutConjunction(s.KeyOf(k))))
            {
                return s.SameClause(c.Triggers.FindLast(t => t.EndToken <= other.FirstToken)!.EndToken, k);
            }
        }

        return false;
    }

    /// <summary>The places that start in [<paramref name="from"/>, <paramref name="to"/>), outside any actor's name, that belong to the candidate.</summary>
    private List<PlaceMention> OwnedPlaces(SentenceContext s, EventCandidate c, int from, int to)
    {
        var owned = new List<PlaceMention>();
        ImmutableArray<PlaceMention> all = s.Document.Places;
        (int start, int end) = s.Mentions.Places.Starting(from, to);
        for (int i = start; i < end; i++)
        {
            PlaceMention p = all[i];
            if (p.FirstToken >= from && p.FirstToken < to && p.Role == PlaceRole.Location && !s.InsideAnyActor(p.FirstToken) && (s.Owns(c, p.FirstToken, p.EndToken) || During(s, c, p)))
            {
                owned.Add(p);
            }
        }

        return owned;
    }

    /// <summary>Whether a place of another country than <paramref name="holder"/>'s lies within the tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool ForeignPlaceBetween(SentenceContext s, PlaceMention holder, int from, int to)
    {
        (int start, int end) = s.Mentions.Places.Starting(from, to);
        for (int i = start; i < end; i++)
        {
            PlaceMention q = s.Document.Places[i];
            if (q.EndToken <= to && q.Candidates.Length > 0 && !q.Candidates.Any(c => holder.Candidates.Any(h => h.CountryIso3 == c.CountryIso3)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether "between" stands right before the place, or before the plural place noun before it
    /// (الطريق بين تعز وعدن، بين مديريتي ناطع والملاجم): the place and the next one joined by و name
    /// the stretch between them.
    /// </summary>
    private bool BetweenBefore(SentenceContext s, PlaceMention place)
    {
        for (int t = place.FirstToken - 1; t >= Math.Max(s.FirstToken, place.FirstToken - 2); t--)
        {
            ReadOnlySpan<char> key = s.KeyOf(t);
            if (_words.Is(ReaderWordRole.Between, key) || (key.Length > 1 && s.Document.Language.Morphology.IsAnd(key[0]) && _words.Is(ReaderWordRole.Between, key[1..])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>City words before the place: العاصمة، مدينة (بالعاصمة الليبية طرابلس).</summary>
    private bool AfterCityWord(SentenceContext s, PlaceMention p)
    {
        for (int t = Math.Max(s.FirstToken, p.FirstToken - 3); t < p.FirstToken; t++)
        {
            ReadOnlySpan<char> key = s.KeyOf(t);
            if (_words.EndsWithAny(ReaderWordRole.CityWord, key))
            {
                return true;
            }
        }

        return false;
    }
}
