using Microsoft.Playwright;
using Mizan.Server.Tests.Support;

namespace Mizan.Server.Tests.Browser;

/// <summary>
/// Debian's chromium driven by Playwright (never a downloaded browser), headless, offline, with a
/// fresh user-data folder that is deleted afterwards. Records every request the page makes.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly TempFolder _profile;

    private BrowserSession(IPlaywright playwright, TempFolder profile, IBrowserContext context, IPage page)
    {
        _playwright = playwright;
        _profile = profile;
        Context = context;
        Page = page;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Every address the page asked for.</summary>
    public List<string> Requests { get; } = [];

    /// <summary>Dialogs (alert, confirm) the page opened: a script that ran would open one.</summary>
    public List<string> Dialogs { get; } = [];

    /// <summary>Errors the page's scripts threw.</summary>
    public List<string> PageErrors { get; } = [];

    public static async Task<BrowserSession> StartAsync()
    {
        string executable = Chromium.Path ?? throw new InvalidOperationException(Chromium.SkipReason);
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        IPlaywright playwright = await Playwright.CreateAsync();
        var profile = new TempFolder();
        IBrowserContext context = await playwright.Chromium.LaunchPersistentContextAsync(profile.Root, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Chromium.Arguments,
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            Locale = "en-GB",
        });
        IPage page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        var session = new BrowserSession(playwright, profile, context, page);
        page.Request += (_, request) => session.Requests.Add(request.Url);
        page.Dialog += async (_, dialog) =>
        {
            session.Dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        page.PageError += (_, error) => session.PageErrors.Add(error);
        return session;
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        _playwright.Dispose();
        _profile.Dispose();
    }
}
