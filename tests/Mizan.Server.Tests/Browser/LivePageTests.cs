using Microsoft.Playwright;
using Mizan.Server.Tests.Support;
using Mizan.Storage;
using Mizan.Storage.Ingest;

namespace Mizan.Server.Tests.Browser;

/// <summary>Events that another process stores (<c>mizan watch</c>, <c>mizan ingest</c>) show on an open page without a reload.</summary>
public sealed class LivePageTests
{
    [BrowserFact]
    public async Task Events_stored_while_the_page_is_open_appear_without_a_reload()
    {
        await using RunningServer server = await RunningServer.StartAsync([Articles.Founding()], s => s with { RefreshInterval = TimeSpan.FromMilliseconds(200) });
        await using BrowserSession browser = await BrowserSession.StartAsync();
        IPage page = browser.Page;
        await page.AddInitScriptAsync("window.mizanLiveMs = 250;");
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.Locator("body[data-ready='true']").WaitForAsync();
        int before = await page.Locator(".event-item").CountAsync();
        Assert.Equal(0, await page.Locator(".event-item", new PageLocatorOptions { HasTextString = "Gao" }).CountAsync());
        Assert.True(await page.Locator("#live-note").IsHiddenAsync());

        // Another writer stores an article, as mizan watch does.
        string input = Path.Combine(Path.GetDirectoryName(server.StorePath)!, "new.jsonl");
        await File.WriteAllLinesAsync(input, [JsonLines.Of(Articles.GaoAttack())]);
        using (IEventStore writer = EventStores.Open(server.StorePath, create: false))
        {
            Ingestor.WithEngine(writer, Engine.Default).Run([input], new IngestOptions { Threads = 1 });
        }

        await page.Locator(".event-item", new PageLocatorOptions { HasTextString = "Gao" }).First.WaitForAsync();
        string note = await page.Locator("#live-note").TextContentAsync() ?? string.Empty;
        Assert.Matches(@"^\d+ new events? at \d\d:\d\d$", note);
        Assert.True(await page.Locator(".event-item").CountAsync() > before);
        Assert.Contains("2 articles", await page.Locator("#store-summary").TextContentAsync(), StringComparison.Ordinal);
        Assert.Empty(browser.PageErrors);
    }
}
