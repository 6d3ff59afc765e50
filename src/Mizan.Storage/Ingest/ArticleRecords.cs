using System.Collections.Immutable;
using Mizan.Events;
using Mizan.Geocoding;
using Mizan.Pipeline;
using Mizan.Storage.Search;

namespace Mizan.Storage.Ingest;

/// <summary>Turns an analysed document into the <see cref="ArticleRecord"/> the store writes.</summary>
public static class ArticleRecords
{
    /// <summary>The record of a document; <paramref name="gazetteer"/> names the countries of its places.</summary>
    public static ArticleRecord From(Document document, string contentHash, string input, Gazetteer? gazetteer)
    {
        ArgumentNullException.ThrowIfNull(document);
        var events = ImmutableArray.CreateBuilder<Event>(document.Events.Length);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < document.Events.Length; i++)
        {
            Event e = document.Events[i];

            // Ids are unique within an article (the engine hashes type and evidence start; two
            // events of one type starting at one place would share one).
            events.Add(ids.Add(e.Id) ? e : e with { Id = $"{e.Id}-{i}" });
            ids.Add(events[^1].Id);
        }

        var countries = ImmutableArray.CreateBuilder<CountryInfo>();
        foreach (string iso3 in events.Select(e => e.Location?.Country).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (gazetteer?.CountryByCode(iso3) is { } country)
            {
                countries.Add(new CountryInfo(country.Iso3, country.Name, country.Region));
            }
        }

        return new ArticleRecord(document.Article, contentHash, input, events.ToImmutable(), SearchTerms.Of(document), countries.ToImmutable());
    }
}
