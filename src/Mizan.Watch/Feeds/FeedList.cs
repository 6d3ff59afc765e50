using System.Globalization;

namespace Mizan.Watch.Feeds;

/// <summary>
/// Reads a feeds file: one feed per line, <c>URL [INTERVAL] [LABEL…]</c>, where INTERVAL is a
/// number and a unit (<c>90s</c>, <c>10m</c>, <c>1h</c>; at least 10 s, default
/// <see cref="DefaultInterval"/>) and LABEL the rest of the line (default: the host). Blank lines
/// and lines starting with <c>#</c> are skipped; a <c>#</c> after white space starts a comment.
/// </summary>
public static class FeedList
{
    /// <summary>The polling interval of a feed whose line names none.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(10);

    /// <summary>The shortest interval a line may name.</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(10);

    /// <summary>The feeds of a file's text, or the problems of its bad lines (<c>LINE: message</c>).</summary>
    public static (IReadOnlyList<FeedSource> Feeds, IReadOnlyList<string> Problems) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var feeds = new List<FeedSource>();
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int number = i + 1;
            string line = lines[i].TrimEnd('\r');
            int comment = line.IndexOf(" #", StringComparison.Ordinal);
            if (comment >= 0)
            {
                line = line[..comment];
            }

            line = line.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (!Uri.TryCreate(words[0], UriKind.Absolute, out Uri? url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                problems.Add($"{number}: '{words[0]}' is not an http or https address");
                continue;
            }

            TimeSpan interval = DefaultInterval;
            int labelStart = 1;
            if (words.Length > 1 && TryParseInterval(words[1], out TimeSpan parsed))
            {
                if (parsed < MinInterval)
                {
                    problems.Add($"{number}: interval '{words[1]}' is shorter than {MinInterval.TotalSeconds:0} s");
                    continue;
                }

                interval = parsed;
                labelStart = 2;
            }

            if (!seen.Add(url.AbsoluteUri))
            {
                problems.Add($"{number}: {url} is listed twice");
                continue;
            }

            string label = words.Length > labelStart ? string.Join(' ', words[labelStart..]) : url.Host;
            feeds.Add(new FeedSource(url, label, interval, number));
        }

        return (feeds, problems);
    }

    /// <summary>Reads an interval: digits and one of <c>s</c>, <c>m</c>, <c>h</c>.</summary>
    public static bool TryParseInterval(string text, out TimeSpan interval)
    {
        interval = default;
        if (text is null || text.Length < 2 || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n <= 0)
        {
            return false;
        }

        interval = char.ToLowerInvariant(text[^1]) switch
        {
            's' => TimeSpan.FromSeconds(n),
            'm' => TimeSpan.FromMinutes(n),
            'h' => TimeSpan.FromHours(n),
            _ => default,
        };
        return interval > TimeSpan.Zero;
    }
}
