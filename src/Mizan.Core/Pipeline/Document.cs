using System.Collections.Immutable;
using Mizan.Attribution;
using Mizan.Dates;
using Mizan.Entities;
using Mizan.Events;
using Mizan.Languages;
using Mizan.Numbers;
using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Pipeline;

/// <summary>
/// One article as it flows through the pipeline: immutable; every stage returns a copy
/// with its layer filled (<c>document with { Tokens = ... }</c>). Every span in every
/// layer points into <see cref="Text"/>.
/// </summary>
public sealed record Document
{
    private Document(Article article, ILanguagePack language, NormalizedText normalized)
    {
        Article = article;
        Language = language;
        Normalized = normalized;
    }

    /// <summary>The article as read.</summary>
    public Article Article { get; }

    /// <summary>The language the article is read in: its key, its morphology and its small words.</summary>
    public ILanguagePack Language { get; }

    /// <summary>The text every offset points into (title, blank line, body).</summary>
    public string Text => Normalized.Original;

    /// <summary>The matching key of <see cref="Text"/> with its offset map.</summary>
    public NormalizedText Normalized { get; }

    /// <summary>Tokens in text order.</summary>
    public ImmutableArray<Token> Tokens { get; init; } = [];

    /// <summary>Sentences in text order; their token ranges cover <see cref="Tokens"/>.</summary>
    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    /// <summary>Numbers and amounts, in text order.</summary>
    public ImmutableArray<NumberMention> Numbers { get; init; } = [];

    /// <summary>Date expressions, in text order.</summary>
    public ImmutableArray<DateMention> Dates { get; init; } = [];

    /// <summary>Actors named in the text, in text order.</summary>
    public ImmutableArray<ActorMention> Actors { get; init; } = [];

    /// <summary>Attributions: who says what, in text order.</summary>
    public ImmutableArray<SourceAttribution> Attributions { get; init; } = [];

    /// <summary>Place names found in the text, with their gazetteer candidates.</summary>
    public ImmutableArray<Geocoding.PlaceMention> Places { get; init; } = [];

    /// <summary>Extracted events.</summary>
    public ImmutableArray<Event> Events { get; init; } = [];

    /// <summary>Starts a document: the text and its matching key in <paramref name="language"/>.</summary>
    public static Document Create(Article article, ILanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(language);
        return new Document(article, language, language.Normalize(article.Text));
    }

    /// <summary>The key characters of a token (no allocation).</summary>
    public ReadOnlySpan<char> KeyOf(in Token token) => Normalized.Key.AsSpan(token.Key.Start, token.Key.Length);

    /// <summary>The original text of a span.</summary>
    public string Slice(TextSpan span) => span.Slice(Text);
}
