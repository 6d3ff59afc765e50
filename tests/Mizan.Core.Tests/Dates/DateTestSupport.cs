using System.Runtime.CompilerServices;
using Mizan.Dates;
using Mizan.Languages.Arabic;

namespace Mizan.Tests.Dates;

/// <summary>One recognizer for the date tests (it is immutable), and helpers to read what it found.</summary>
internal static class DateTestSupport
{
    private static readonly Lazy<DateRecognizer> Shared = new(() => DateRecognizer.Create(ArabicLanguagePack.Instance));

    public static DateRecognizer Recognizer => Shared.Value;

    /// <summary>Sunday 2 September 2018.</summary>
    public static DateOnly Sunday20180902 => new(2018, 9, 2);

    /// <summary>Thursday 7 June 2018.</summary>
    public static DateOnly Thursday20180607 => new(2018, 6, 7);

    public static IReadOnlyList<(string Text, DateMention Mention)> Find(string text, DateOnly? reference) =>
        [.. Recognizer.Recognize(text, reference).Select(m => (m.Span.Slice(text), m))];

    /// <summary>The only date of <paramref name="text"/>; fails when there is none or several.</summary>
    public static (string Text, DateMention Mention) Only(string text, DateOnly? reference)
    {
        var found = Find(text, reference);
        Assert.True(found.Count == 1, $"expected one date in «{text}», found {found.Count}: {string.Join(" | ", found.Select(f => f.Text))}");
        return found[0];
    }

    /// <summary>The date whose span text is <paramref name="expression"/>; fails when it is not found.</summary>
    public static DateMention Expression(string text, DateOnly? reference, string expression)
    {
        var found = Find(text, reference);
        var match = found.Where(f => f.Text == expression).ToList();
        Assert.True(match.Count == 1, $"expected «{expression}» once in «{text}», found: {string.Join(" | ", found.Select(f => f.Text))}");
        return match[0].Mention;
    }

    public static void AssertDay(DateMention mention, DateOnly day)
    {
        Assert.Equal(day, mention.Start);
        Assert.Equal(day, mention.End);
        Assert.Equal(Mizan.Events.DatePrecision.Day, mention.Precision);
    }

    public static void AssertRange(DateMention mention, DateOnly start, DateOnly end, Mizan.Events.DatePrecision precision)
    {
        Assert.Equal(start, mention.Start);
        Assert.Equal(end, mention.End);
        Assert.Equal(precision, mention.Precision);
    }

    /// <summary>The founding article, from the shared folder (MIZAN_SHARED or shared/ next to the repository).</summary>
    public static string SeedArticle() => File.ReadAllText(SharedFile("seed/000_8a5884cea243e787.txt"));

    /// <summary>
    /// A file of the shared folder: from MIZAN_SHARED, else from a 'shared' folder above the test
    /// binaries or above this source file (the binaries may be built into another artifacts folder).
    /// </summary>
    public static string SharedFile(string relative, [CallerFilePath] string sourceFile = "")
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("MIZAN_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            string path = Path.Combine(fromEnvironment, relative);
            return File.Exists(path) ? path : throw new InvalidOperationException($"MIZAN_SHARED is '{fromEnvironment}' but it has no {relative}");
        }

        foreach (string start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? string.Empty })
        {
            for (DirectoryInfo? dir = start.Length == 0 ? null : new(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException($"shared/{relative} was not found above {AppContext.BaseDirectory} nor above {sourceFile}; set MIZAN_SHARED to the shared folder");
    }
}
