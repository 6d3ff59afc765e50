using Mizan.Testing;
using System.Text.Json;
using Microsoft.Playwright;
using Mizan.Server.Tests.Api;
using Mizan.Server.Tests.Support;

namespace Mizan.Server.Tests.Browser;

/// <summary>
/// The analyst's page in a real chromium, over the founding article and a slice of the corpus:
/// filter to Mali, open the Kidal clash, read both sides' claims beside the Arabic evidence.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class AnalystPageTests(CorpusFixture fixture)
{
    /// <summary>Set to 1 to write the screenshot into docs/ (for the README) rather than a temporary folder.</summary>
    public const string UpdateScreenshotVariable = "MIZAN_UPDATE_SCREENSHOT";

    [BrowserFact]
    public async Task An_analyst_filters_to_Mali_opens_the_Kidal_clash_and_sees_both_claims_side_by_side()
    {
        RunningServer server = fixture.Server;
        await using BrowserSession browser = await BrowserSession.StartAsync();
        IPage page = browser.Page;

        await page.GotoAsync(server.BaseAddress.ToString());
        await page.Locator("body[data-ready='true']").WaitForAsync();
        Assert.Equal(177, await page.Locator("#map .country").CountAsync());

        await page.Locator("select[name='country']").SelectOptionAsync("MLI");
        await page.WaitForURLAsync(url => url.Contains("country=MLI", StringComparison.Ordinal));
        // The founding article's outlet is "seed" (see Articles.Founding).
        ILocator kidal = page.Locator(".event-item")
            .Filter(new LocatorFilterOptions { HasText = "Kidal" })
            .Filter(new LocatorFilterOptions { HasText = "ASSAULT" })
            .Filter(new LocatorFilterOptions { Has = page.Locator(".source", new PageLocatorOptions { HasTextString = "seed · 2008-05-25" }) });
        await kidal.First.WaitForAsync();
        Assert.All(await page.Locator(".event-item .place").AllTextContentsAsync(), place => Assert.Contains("Mali", place, StringComparison.Ordinal));
        Assert.True(await page.Locator("#map .marker").CountAsync() >= 1);

        await kidal.First.ClickAsync();
        ILocator view = page.Locator("#event-view");
        await view.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

        // Both sides' claims, side by side: the ministry's figures and the rebels' denial.
        ILocator rows = page.Locator("#claims tbody tr");
        await rows.First.WaitForAsync();
        IReadOnlyList<string> claims = await rows.AllInnerTextsAsync();
        Assert.Contains(claims, c => c.Contains("Ministry of Defence of Mali", StringComparison.Ordinal) && c.Contains("government", StringComparison.Ordinal) && c.Contains("20", StringComparison.Ordinal));
        Assert.Contains(claims, c => c.Contains("armed group", StringComparison.Ordinal) && c.Contains("yes", StringComparison.Ordinal));
        Assert.True(await page.Locator("#claims td.denial-yes").CountAsync() >= 1);
        Assert.Equal(3, await page.Locator("#estimate td").CountAsync());

        // The Arabic article, right to left, with the evidence of each field marked in it.
        ILocator article = page.Locator("#article-text");
        Assert.Equal("rtl", await article.GetAttributeAsync("dir"));
        string text = await article.TextContentAsync() ?? string.Empty;
        Assert.Equal(Articles.Founding().Text, text);
        Assert.True(await article.Locator("mark.f-evidence").CountAsync() >= 1);
        Assert.True(await article.Locator("mark.f-place").CountAsync() >= 1);
        Assert.Contains("كيدال", await article.Locator("mark.f-place").AllTextContentsAsync());
        Assert.True(await article.Locator("mark.f-claim, mark.f-source").CountAsync() >= 2);

        // Clicking a field focuses its words in the article.
        await page.Locator("#event-fields tr[data-span]").Filter(new LocatorFilterOptions { HasText = "Place" }).ClickAsync();
        Assert.Equal("كيدال", await article.Locator("mark.focus").First.TextContentAsync());

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath() });

        // Offline: the page asked this server for everything, and nothing else.
        Assert.NotEmpty(browser.Requests);
        Assert.All(browser.Requests, url => Assert.StartsWith(server.BaseAddress.ToString(), url, StringComparison.Ordinal));
        Assert.Empty(browser.PageErrors);
    }

    [BrowserFact]
    public async Task Script_image_and_javascript_link_payloads_in_an_article_are_shown_as_text_and_never_run()
    {
        RunningServer server = fixture.Server;
        string article = JsonSerializer.Serialize(new
        {
            id = "xss-test-1",
            title = "<img src=x onerror=\"window.__xss=1;document.title='pwned'\"> هجوم",
            text = "قتل خمسة جنود في هجوم مسلح <script>window.__xss=2;document.title='pwned'</script> على ثكنة عسكرية في مدينة كيدال شمالي مالي يوم الأحد "
                + "<img src=x onerror=\"window.__xss=3;alert(3)\"> بحسب وزارة الدفاع <a href=\"javascript:window.__xss=4\">المزيد</a> <svg onload=\"window.__xss=5\"></svg>.",
            published = "2018-06-10",
            source = "<b onmouseover=\"window.__xss=6\">outlet</b>",
            url = "javascript:window.__xss=7;document.title='pwned'",
        });
        using var post = RunningServer.WithKey(new HttpRequestMessage(HttpMethod.Post, "api/articles") { Content = RunningServer.JsonBody(article) });
        JsonElement stored = await ApiAssert.Json(await server.Client.SendAsync(post), System.Net.HttpStatusCode.Created);
        string eventId = stored.GetProperty("articles")[0].GetProperty("events")[0].GetString()!;

        await using BrowserSession browser = await BrowserSession.StartAsync();
        IPage page = browser.Page;

        // The list (quote, title, outlet), then the event view (article text, claims, address).
        await page.GotoAsync(server.BaseAddress + "?q=" + Uri.EscapeDataString("ثكنة"));
        await page.Locator("body[data-ready='true']").WaitForAsync();
        ILocator item = page.Locator($".event-item[data-id='{eventId}']");
        await item.WaitForAsync();
        Assert.Contains("<script>", await item.TextContentAsync(), StringComparison.Ordinal);
        await item.HoverAsync();
        await item.ClickAsync();
        await page.Locator("#event-view").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        await page.Locator("#article-text mark").First.WaitForAsync();
        foreach (ILocator mark in await page.Locator("#article-text mark").AllAsync())
        {
            await mark.HoverAsync();
        }

        string shown = await page.Locator("#article-text").TextContentAsync() ?? string.Empty;
        Assert.Contains("<script>window.__xss=2", shown, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=", shown, StringComparison.Ordinal);
        Assert.Contains("(address not linked: javascript:", await page.Locator("#article-meta").TextContentAsync(), StringComparison.Ordinal);

        // Nothing ran: no flag, no title change, no dialog; no element came from the text.
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
        Assert.Equal("Mizan – events", await page.TitleAsync());
        Assert.Empty(browser.Dialogs);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.images.length"));
        Assert.Equal(1, await page.EvaluateAsync<int>("() => document.scripts.length"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('a[href^=\"javascript:\" i], [onerror], [onload], [onmouseover], #article-text svg, #article-text b').length"));
        Assert.DoesNotContain(browser.Requests, url => url.EndsWith("/x", StringComparison.Ordinal));
    }

    private static string ScreenshotPath() =>
        Environment.GetEnvironmentVariable(UpdateScreenshotVariable) == "1"
            ? Path.Combine(SharedData.Repository(), "docs", "screenshot.png")
            : Path.Combine(Path.GetTempPath(), "mizan-screenshot.png");
}
