using System.Collections.Immutable;
using Mizan.Events;
using Mizan.Pipeline;

namespace Mizan.Storage;

/// <summary>
/// One analysed article as it is written to the store: the article, its content hash, where it
/// was read, its events, its search terms, and the countries its events are located in.
/// </summary>
/// <param name="Article">The article as read.</param>
/// <param name="ContentHash">The hash of its content (<see cref="Ingest.ContentHash"/>): the same article read twice is stored once.</param>
/// <param name="Input">Where it was read (<c>FILE:LINE</c>).</param>
/// <param name="Events">Its events, ids unique within the article.</param>
/// <param name="SearchTerms">Distinct search terms of its text (<see cref="Search.SearchTerms"/>).</param>
/// <param name="Countries">The countries its events' places are in.</param>
public sealed record ArticleRecord(
    Article Article,
    string ContentHash,
    string Input,
    ImmutableArray<Event> Events,
    ImmutableArray<string> SearchTerms,
    ImmutableArray<CountryInfo> Countries)
{
    /// <summary>Where the article was fetched from, for an article read from the web; written in the same transaction.</summary>
    public Web.WebSource? Web { get; init; }
}
