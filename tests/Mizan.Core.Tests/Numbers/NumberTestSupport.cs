using System.Runtime.CompilerServices;
using Mizan.Languages.Arabic;
using Mizan.Numbers;
using Mizan.Pipeline;
using Mizan.Tokenization;

namespace Mizan.Tests.Numbers;

/// <summary>One recogniser for the number tests (it is immutable) and helpers to read what it found.</summary>
internal static class NumberTestSupport
{
    private static readonly Lazy<NumberRecognizer> Shared = new(() => new NumberRecognizer(NumberLexicon.Load(ArabicLanguagePack.Instance)));

    public static NumberRecognizer Recognizer => Shared.Value;

    /// <summary>Segments and recognises a text.</summary>
    public static Document Analyse(string text)
    {
        Document document = new SegmentationStage().Run(Document.Create(new Article("t", null, text), ArabicLanguagePack.Instance), CancellationToken.None);
        return new NumberRecognitionStage(Recognizer).Run(document, CancellationToken.None);
    }

    /// <summary>Every mention with the text of its span.</summary>
    public static IReadOnlyList<(string Text, NumberMention Mention)> Find(string text)
    {
        Document document = Analyse(text);
        return [.. document.Numbers.Select(m => (document.Slice(m.Span), m))];
    }

    /// <summary>The only mention of <paramref name="text"/>; fails when there is none or several.</summary>
    public static NumberMention Only(string text)
    {
        var found = Find(text);
        Assert.True(found.Count == 1, $"expected one number in «{text}», found {found.Count}: {Describe(found)}");
        return found[0].Mention;
    }

    /// <summary>The mention whose span text is <paramref name="expression"/>; fails when it is not there once.</summary>
    public static NumberMention Expression(string text, string expression)
    {
        var found = Find(text);
        var matches = found.Where(f => f.Text == expression).ToList();
        Assert.True(matches.Count == 1, $"expected «{expression}» once in «{text}», found: {Describe(found)}");
        return matches[0].Mention;
    }

    /// <summary>The text of the counted-noun token of a mention, or null.</summary>
    public static string? CountedNoun(string text, NumberMention mention)
    {
        Document document = Analyse(text);
        return mention.CountedToken is int t ? document.Slice(document.Tokens[t].Span) : null;
    }

    public static void AssertBounds(NumberMention mention, long low, long? high, NumberKind kind, string? unit = null)
    {
        Assert.Equal((low, high, kind, unit), (mention.Low, mention.High, mention.Kind, mention.Unit));
    }

    public static string Describe(IEnumerable<(string Text, NumberMention Mention)> found) =>
        string.Join(" | ", found.Select(f => $"«{f.Text}» {f.Mention.Low}-{f.Mention.High?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "open"} {f.Mention.Kind} {f.Mention.Unit}"));

    /// <summary>The founding article, from the shared folder (MIZAN_SHARED or shared/ above the binaries or this source file).</summary>
    public static string SeedArticle() => File.ReadAllText(SharedFile("seed/000_8a5884cea243e787.txt"));

    private static string SharedFile(string relative, [CallerFilePath] string sourceFile = "")
    {
        string? configured = Environment.GetEnvironmentVariable("MIZAN_SHARED");
        if (!string.IsNullOrEmpty(configured))
        {
            string path = Path.Combine(configured, relative);
            return File.Exists(path) ? path : throw new InvalidOperationException($"MIZAN_SHARED is '{configured}' but holds no {relative}");
        }

        foreach (string start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? string.Empty })
        {
            for (DirectoryInfo? dir = start.Length == 0 ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException(
            $"The shared data file '{relative}' was not found: set MIZAN_SHARED to the shared folder, or keep 'shared/' next to the repository.");
    }
}
