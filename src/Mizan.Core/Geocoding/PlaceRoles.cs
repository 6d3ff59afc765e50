using System.Collections.Frozen;
using Mizan.Lexicons;
using Mizan.Pipeline;
using Mizan.Resources;
using Mizan.Tokenization;

namespace Mizan.Geocoding;

/// <summary>
/// Reads the role of a place mention from the words around it (<c>data/ar/place-roles.tsv</c>):
/// an affiliation, a source's seat, where something was said, a government, the other side of a border, a dateline.
/// Immutable and thread-safe.
/// </summary>
public sealed class PlaceRoles
{
    /// <summary>Embedded resource of the phrases.</summary>
    public const string File = "ar/place-roles.tsv";

    private const int LookBehind = 4;
    private const int DatelineWords = 10;

    private readonly PhraseIndex<PlaceRole> _before;
    private readonly PhraseIndex<PlaceRole> _after;
    private readonly FrozenSet<string> _datelineEnds;

    private PlaceRoles(PhraseIndex<PlaceRole> before, PhraseIndex<PlaceRole> after, FrozenSet<string> datelineEnds)
    {
        _before = before;
        _after = after;
        _datelineEnds = datelineEnds;
    }

    /// <summary>No roles: every mention is a location.</summary>
    public static PlaceRoles None { get; } = new(PhraseIndex<PlaceRole>.Build([]), PhraseIndex<PlaceRole>.Build([]), FrozenSet<string>.Empty);

    /// <summary>Loads the phrases compiled into Mizan.Core.</summary>
    public static PlaceRoles LoadEmbedded()
    {
        using TextReader reader = EmbeddedData.OpenText(File);
        return Load(reader);
    }

    /// <summary>Loads phrases from a TSV with the columns <c>phrase role position</c>.</summary>
    /// <exception cref="LexiconFormatException">A bad entry, with file and line.</exception>
    public static PlaceRoles Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        TsvTable table = TsvTable.Parse(reader, File, "phrase", "role", "position");
        var before = new List<KeyValuePair<string, PlaceRole>>();
        var after = new List<KeyValuePair<string, PlaceRole>>();
        var dateline = new List<string>();
        foreach (TsvRow row in table.Rows)
        {
            PlaceRole role = row.Enum<PlaceRole>("role");
            string position = row.Required("position");
            IEnumerable<string> phrases = row.List("phrase");
            switch (position)
            {
                case "before":
                    before.AddRange(phrases.Select(p => new KeyValuePair<string, PlaceRole>(p, role)));
                    break;
                case "after":
                    after.AddRange(phrases.Select(p => new KeyValuePair<string, PlaceRole>(p, role)));
                    break;
                case "dateline" when role == PlaceRole.Dateline:
                    dateline.AddRange(phrases);
                    break;
                default:
                    throw new LexiconFormatException(File, row.Line, $"position '{position}' is not before, after or dateline (with the role dateline)");
            }
        }

        return new PlaceRoles(PhraseIndex<PlaceRole>.Build(before), PhraseIndex<PlaceRole>.Build(after), dateline.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// The role of a name spanning tokens [<paramref name="first"/>, <paramref name="end"/>) of a
    /// sentence starting at <paramref name="sentenceStart"/> and ending before <paramref name="sentenceEnd"/>.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="first">First token of the name.</param>
    /// <param name="end">Token after the name.</param>
    /// <param name="sentenceStart">First token of the sentence.</param>
    /// <param name="sentenceEnd">Token after the sentence.</param>
    /// <param name="standsForState">Whether the name may be a country or a capital (only those stand for a government).</param>
    /// <param name="locative">Whether a locative word introduces the name (then it is no government).</param>
    /// <param name="isCountry">Whether the name may be a country (only a country is the other side of a border).</param>
    public PlaceRole RoleOf(Document document, int first, int end, int sentenceStart, int sentenceEnd, bool standsForState, bool locative, bool isCountry)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (IsDateline(document, first, end))
        {
            return PlaceRole.Dateline;
        }

        for (int back = 1; back <= LookBehind && first - back >= sentenceStart; back++)
        {
            if (_before.TryMatchAt(document.Normalized, document.Tokens, first - back, first, out PhraseMatch<PlaceRole> m) && m.EndToken == first)
            {
                foreach (PlaceRole role in m.Values)
                {
                    if (role != PlaceRole.Border || isCountry)
                    {
                        return role;
                    }
                }
            }
        }

        if (end < sentenceEnd && _after.TryMatchAt(document.Normalized, document.Tokens, end, sentenceEnd, out PhraseMatch<PlaceRole> next))
        {
            foreach (PlaceRole role in next.Values)
            {
                if (role != PlaceRole.Government || (standsForState && !locative))
                {
                    return role;
                }
            }
        }

        return PlaceRole.Location;
    }

    /// <summary>
    /// Whether the name opens the article's body (or its text, without a title) and a dateline
    /// separator follows within a few tokens: بغداد - ...، دبي، الإمارات (CNN) – ...
    /// </summary>
    private bool IsDateline(Document document, int first, int end)
    {
        if (_datelineEnds.Count == 0)
        {
            return false;
        }

        int bodyStart = document.Article.Title is { Length: > 0 } title ? title.Length : 0;
        int opening = 0;
        while (opening < document.Tokens.Length && document.Tokens[opening].Span.Start < bodyStart)
        {
            opening++;
        }

        if (first < opening || first > opening + DatelineWords)
        {
            return false;
        }

        for (int t = opening; t < Math.Min(document.Tokens.Length, opening + DatelineWords); t++)
        {
            Token token = document.Tokens[t];
            if (token.Kind == TokenKind.Punctuation && _datelineEnds.Contains(document.Text.Substring(token.Span.Start, token.Span.Length)))
            {
                return t >= end;
            }
        }

        return false;
    }
}
