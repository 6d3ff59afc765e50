using Mizan.Watch.Http;

namespace Mizan.Watch.Tests.Http;

public sealed class RobotsRulesTests
{
    private const string Robots = """
        # a news site
        User-agent: *
        Disallow: /private/
        Disallow: /*.pdf$
        Allow: /private/open

        User-agent: Mizan
        User-agent: other
        Disallow: /archive
        Allow: /archive/2026/
        """;

    [Theory]
    [InlineData("/news/1", true)]
    [InlineData("/private/x", true)]
    [InlineData("/archive/2025/1", false)]
    [InlineData("/archive/2026/1", true)]
    [InlineData("/robots.txt", true)]
    public void The_group_that_names_Mizan_applies_and_the_longest_match_decides(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(Robots, WebOptions.RobotsAgent).Allows(path));

    [Theory]
    [InlineData("/private/x", false)]
    [InlineData("/private/open/1", true)]
    [InlineData("/files/report.pdf", false)]
    [InlineData("/files/report.pdf?x=1", true)]
    [InlineData("/archive/2025/1", true)]
    public void Other_agents_follow_the_star_group(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(Robots, "someone").Allows(path));

    [Fact]
    public void An_empty_disallow_allows_everything_and_disallow_all_allows_only_robots_txt()
    {
        Assert.True(RobotsRules.Parse("User-agent: *\nDisallow:\n", "mizan").Allows("/anything"));
        Assert.False(RobotsRules.DisallowAll.Allows("/news"));
        Assert.True(RobotsRules.DisallowAll.Allows("/robots.txt"));
    }

    [Fact]
    public void The_crawl_delay_of_the_group_that_applies_is_kept_and_capped_at_a_minute()
    {
        const string robots = "User-agent: *\nCrawl-delay: 5\n\nUser-agent: mizan\nCrawl-delay: 0.5\nDisallow: /x\n\nUser-agent: slow\nCrawl-delay: 3600\n";

        Assert.Equal(TimeSpan.FromMilliseconds(500), RobotsRules.Parse(robots, "mizan").CrawlDelay);
        Assert.Equal(TimeSpan.FromSeconds(5), RobotsRules.Parse(robots, "other").CrawlDelay);
        Assert.Equal(TimeSpan.FromSeconds(60), RobotsRules.Parse(robots, "slow").CrawlDelay);
        Assert.Null(RobotsRules.Parse("User-agent: *\nDisallow: /x\n", "mizan").CrawlDelay);
    }

    [Theory]
    [InlineData("/a*b", "/a/x/b/c", true)]
    [InlineData("/a*b$", "/a/x/b/c", false)]
    [InlineData("/a$", "/a", true)]
    [InlineData("/a", "/b", false)]
    public void Patterns_know_star_and_end(string pattern, string path, bool matches) => Assert.Equal(matches, RobotsRules.Matches(pattern, path));
}
