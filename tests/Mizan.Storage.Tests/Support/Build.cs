using System.Collections.Immutable;
using Mizan.Events;
using Mizan.Languages.Arabic;
using Mizan.Pipeline;
using Mizan.Reconciliation;

namespace Mizan.Storage.Tests.Support;

/// <summary>Hand-built events, reports and article records, with evidence that points into real text.</summary>
internal static class Build
{
    public static readonly DateOnly June2 = new(2018, 6, 2);

    public static EventLocation Kidal(LocationPrecision precision = LocationPrecision.Town) =>
        new(new Evidence(0, 5, "كيدال"), "Kidal", "MLI", "Kidal", 18.44111, 1.40778, precision, "geonames:2455290");

    public static EventLocation Gao() =>
        new(new Evidence(0, 3, "غاو"), "Gao", "MLI", "Gao", 16.27167, -0.04472, LocationPrecision.Town, "geonames:2457163");

    public static EventLocation KidalRegion() =>
        new(new Evidence(0, 11, "منطقة كيدال"), "Kidal", "MLI", "Kidal", 19.0, 1.5, LocationPrecision.Region, "geonames:2455289");

    public static EventLocation Mali() =>
        new(new Evidence(0, 4, "مالي"), "Mali", "MLI", null, 12.65, -8.0, LocationPrecision.Country, "geonames:2453866");

    public static EventDate Day(DateOnly day) => new(new Evidence(0, 3, "أمس"), day, day, DatePrecision.Day);

    public static EventActor Army(string role = "actor2") =>
        new(role, new Evidence(0, 5, "الجيش"), "Military Forces of Mali", ActorKind.StateForces, "MLI");

    public static EventActor Gunmen(string role = "actor1") =>
        new(role, new Evidence(0, 6, "مسلحون"), "Unidentified Armed Group", ActorKind.UnidentifiedArmedGroup, null);

    public static EventActor Rebels(string name = "MNLA", string role = "actor1") =>
        new(role, new Evidence(0, 6, "الحركة"), name, ActorKind.RebelGroup, "MLI");

    public static Claim Killed(string source, SourceKind kind, long killed, bool denial = false, string side = "total") =>
        new(
            new ClaimSource(kind == SourceKind.Unattributed ? null : new Evidence(0, 3, "قال"), source, kind),
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, CountRange>(side, CountRange.Exactly(killed))]),
            ImmutableSortedDictionary<string, CountRange>.Empty,
            ImmutableSortedDictionary<string, CountRange>.Empty,
            ImmutableSortedDictionary<string, CountRange>.Empty,
            ImmutableSortedDictionary<string, CountRange>.Empty,
            denial,
            new Evidence(0, 3, "قتل"));

    public static Event Assault(
        string id,
        EventLocation? location,
        EventDate? date,
        ImmutableArray<EventActor> actors,
        ImmutableArray<Claim> claims,
        EventStatus status = EventStatus.Occurred,
        string type = "ASSAULT") =>
        new(
            id,
            type,
            status,
            new AcledType("Violence against civilians", "Attack"),
            actors,
            location,
            date,
            claims,
            FatalityEstimator.Estimate(claims),
            [new Evidence(0, 3, "قتل")]);

    public static Report Report(Event e, string article, string outlet) => new(e, article, outlet, June2.AddDays(1));

    /// <summary>
    /// An article whose events point into its text: the text is <c>قتل</c>, the body, then every
    /// quoted word of the events that the body lacks; each quote is placed at the first
    /// occurrence of its words.
    /// </summary>
    public static ArticleRecord Record(string id, string body, params Event[] events)
    {
        string text = "قتل " + body;
        foreach (string words in events.SelectMany(Quotes).Distinct(StringComparer.Ordinal))
        {
            if (!text.Contains(words, StringComparison.Ordinal))
            {
                text += " " + words;
            }
        }

        var article = new Article(id, null, text, new DateOnly(2018, 6, 3), "Outlet", "https://example.org/" + id);
        return new ArticleRecord(
            article,
            Mizan.Storage.Ingest.ContentHash.Of(article),
            id + ".jsonl:1",
            [.. events.Select(e => Fit(e, article.Text))],
            Mizan.Storage.Search.SearchTerms.Of(Document.Create(article, ArabicLanguagePack.Instance) with { Tokens = Mizan.Tokenization.Tokenizer.Tokenize(Mizan.Languages.Arabic.ArabicNormalizer.Normalize(article.Text)) }),
            [new CountryInfo("MLI", "Mali", "Western Africa")]);
    }

    private static IEnumerable<string> Quotes(Event e)
    {
        foreach (Evidence v in e.Evidence)
        {
            yield return v.Text;
        }

        foreach (EventActor a in e.Actors)
        {
            yield return a.Mention.Text;
        }

        if (e.Location is { } l)
        {
            yield return l.Mention.Text;
        }

        if (e.Date is { } d)
        {
            yield return d.Mention.Text;
        }

        foreach (Claim c in e.Claims)
        {
            yield return c.Evidence.Text;
            if (c.Source.Mention is { } m)
            {
                yield return m.Text;
            }
        }
    }

    /// <summary>The event with every quote placed at the first occurrence of its words in <paramref name="text"/>.</summary>
    private static Event Fit(Event e, string text)
    {
        Evidence Place(Evidence v)
        {
            int at = text.IndexOf(v.Text, StringComparison.Ordinal);
            return new Evidence(at, at + v.Text.Length, v.Text);
        }

        return e with
        {
            Evidence = [.. e.Evidence.Select(Place)],
            Actors = [.. e.Actors.Select(a => a with { Mention = Place(a.Mention) })],
            Location = e.Location is { } l ? l with { Mention = Place(l.Mention) } : null,
            Date = e.Date is { } d ? d with { Mention = Place(d.Mention) } : null,
            Claims = [.. e.Claims.Select(c => c with
            {
                Evidence = Place(c.Evidence),
                Source = c.Source with { Mention = c.Source.Mention is { } m ? Place(m) : null },
            })],
        };
    }
}
