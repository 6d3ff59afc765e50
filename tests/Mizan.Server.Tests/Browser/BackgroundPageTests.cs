using Microsoft.Playwright;
using Mizan.Server.Tests.Support;

namespace Mizan.Server.Tests.Browser;

/// <summary>
/// The page shows an attack the article recalls from years before as context: listed, marked
/// "background", opened like any event, but not counted in the list's count, the map or the timeline.
/// </summary>
public sealed class BackgroundPageTests(BackgroundStoreFixture fixture) : IClassFixture<BackgroundStoreFixture>
{
    [BrowserFact]
    public async Task A_recalled_attack_is_listed_as_marked_context_and_left_out_of_the_counts()
    {
        RunningServer server = fixture.Server;
        await using BrowserSession browser = await BrowserSession.StartAsync();
        IPage page = browser.Page;

        await page.GotoAsync(server.BaseAddress.ToString());
        await page.Locator("body[data-ready='true']").WaitForAsync();
        ILocator recall = page.Locator(".event-item.background");
        await recall.First.WaitForAsync();

        Assert.Equal(1, await recall.CountAsync());
        Assert.Equal("background", await recall.Locator(".badge.context").TextContentAsync());
        Assert.Contains("ذكرى هجوم غاو", await recall.Locator(".source").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".event-item:not(.background)").CountAsync() >= 1);
        string count = await page.Locator("#list-count").TextContentAsync() ?? string.Empty;
        Assert.Contains("1 background (context, not counted)", count, StringComparison.Ordinal);
        Assert.Contains("1 background events not counted", await page.Locator("#map-note").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("1 background not counted", await page.Locator("#timeline-note").TextContentAsync(), StringComparison.Ordinal);

        // Opened, it says what it is.
        await recall.ClickAsync();
        await page.Locator("#event-view").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Contains("told as past context", await page.Locator("#event-fields").TextContentAsync(), StringComparison.Ordinal);
        Assert.Empty(browser.PageErrors);
    }
}
