namespace Mizan.Watch.Http;

/// <summary>
/// The rules of a robots.txt (RFC 9309) for one user agent: the groups that name the agent (or
/// else <c>*</c>), their allow and disallow paths with <c>*</c> and <c>$</c>; the longest match
/// decides, allow winning a tie; <c>/robots.txt</c> itself is always allowed.
/// </summary>
public sealed class RobotsRules
{
    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsRules(List<(string Pattern, bool Allow)> rules, TimeSpan? crawlDelay = null)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    /// <summary>The <c>Crawl-delay</c> of the group that applies (not in RFC 9309, but widely written), at most a minute; null when none.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Rules that allow everything (no robots.txt, or a 4xx answer for it).</summary>
    public static RobotsRules AllowAll { get; } = new([]);

    /// <summary>Rules that allow nothing (robots.txt could not be read: RFC 9309 says to assume so).</summary>
    public static RobotsRules DisallowAll { get; } = new([("/", false)]);

    /// <summary>Reads the rules of a robots.txt for the agent named <paramref name="agent"/> (a product token, any case).</summary>
    public static RobotsRules Parse(string text, string agent)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mine = new List<(string, bool)>();
        var anyone = new List<(string, bool)>();
        double? myDelay = null, anyoneDelay = null;
        bool namesMe = false, namesAnyone = false, inAgents = false, foundMine = false;
        foreach (string raw in text.Split('\n'))
        {
            string line = raw;
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            string key = line[..colon].Trim().ToLowerInvariant();
            string value = line[(colon + 1)..].Trim();
            if (key is "user-agent")
            {
                if (!inAgents)
                {
                    namesMe = namesAnyone = false;
                    inAgents = true;
                }

                namesMe |= value.Equals(agent, StringComparison.OrdinalIgnoreCase);
                namesAnyone |= value == "*";
                foundMine |= namesMe;
                continue;
            }

            inAgents = false;
            if (key is "crawl-delay" && double.TryParse(value, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out double seconds))
            {
                if (namesMe)
                {
                    myDelay = seconds;
                }
                else if (namesAnyone)
                {
                    anyoneDelay = seconds;
                }

                continue;
            }

            if (key is not ("allow" or "disallow"))
            {
                continue;
            }

            if (value.Length == 0)
            {
                // "Disallow:" with no path allows everything: no rule.
                continue;
            }

            var rule = (value, key == "allow");
            if (namesMe)
            {
                mine.Add(rule);
            }
            else if (namesAnyone)
            {
                anyone.Add(rule);
            }
        }

        double? delay = foundMine ? myDelay : anyoneDelay;
        return new RobotsRules(foundMine ? mine : anyone, delay is > 0 ? TimeSpan.FromSeconds(Math.Min(delay.Value, 60)) : null);
    }

    /// <summary>Whether the path and query (<c>/news/1?x=2</c>) may be fetched.</summary>
    public bool Allows(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        if (pathAndQuery.Equals("/robots.txt", StringComparison.Ordinal))
        {
            return true;
        }

        int best = -1;
        bool allow = true;
        foreach ((string pattern, bool ruleAllows) in _rules)
        {
            if (Matches(pattern, pathAndQuery) && (pattern.Length > best || (pattern.Length == best && ruleAllows)))
            {
                best = pattern.Length;
                allow = ruleAllows;
            }
        }

        return allow;
    }

    /// <summary>Whether a rule's pattern matches the start of the path (<c>*</c> any run of characters, <c>$</c> the end).</summary>
    internal static bool Matches(string pattern, string path) => Matches(pattern, 0, path, 0);

    private static bool Matches(string pattern, int p, string path, int i)
    {
        while (p < pattern.Length)
        {
            char c = pattern[p];
            if (c == '*')
            {
                for (int k = i; k <= path.Length; k++)
                {
                    if (Matches(pattern, p + 1, path, k))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (c == '$' && p == pattern.Length - 1)
            {
                return i == path.Length;
            }

            if (i >= path.Length || path[i] != c)
            {
                return false;
            }

            p++;
            i++;
        }

        return true;
    }
}
