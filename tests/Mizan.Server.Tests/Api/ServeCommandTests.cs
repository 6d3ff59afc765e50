using System.Text;
using Mizan.Cli;
using Mizan.Server.Tests.Support;
using Mizan.Storage;

namespace Mizan.Server.Tests.Api;

/// <summary><c>mizan serve</c> from the command line.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_answers_until_it_is_stopped_and_exits_with_0()
    {
        using var folder = new TempFolder();
        string path = folder.File("store.db");
        EventStores.Open(path, create: true).Dispose();
        var error = new SynchronizedWriter();
        using var stop = new CancellationTokenSource();

        Task<int> run = MizanCli.RunAsync(["serve", "--db", path, "--urls", "http://127.0.0.1:0"], Stream.Null, Stream.Null, error, stop.Token);
        string address = await error.WaitForAsync("serving", run);
        using var client = new HttpClient();
        string summary = await client.GetStringAsync(new Uri(new Uri(address.TrimEnd('/') + "/"), "api/summary"));
        await stop.CancelAsync();

        Assert.Equal(0, await run);
        Assert.Contains("\"articles\":0", summary, StringComparison.Ordinal);
        Assert.Contains("read-only: no API key is configured", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_refuses_a_store_that_does_not_exist_with_exit_code_2()
    {
        using var folder = new TempFolder();
        var error = new StringWriter();

        int code = await MizanCli.RunAsync(["serve", "--db", folder.File("none.db"), "--port", "1"], Stream.Null, Stream.Null, error);

        Assert.Equal(2, code);
        Assert.Contains("cannot open the store", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("mizan ingest", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_help_names_its_options()
    {
        var output = new MemoryStream();

        int code = await MizanCli.RunAsync(["serve", "--help"], Stream.Null, output, new StringWriter());

        string help = Encoding.UTF8.GetString(output.ToArray());
        Assert.Equal(0, code);
        Assert.Contains("--port", help, StringComparison.Ordinal);
        Assert.Contains("--urls", help, StringComparison.Ordinal);
        Assert.Contains("MIZAN_API_KEY", help, StringComparison.Ordinal);
    }

    /// <summary>Standard error as the command writes it, readable while it runs.</summary>
    private sealed class SynchronizedWriter : StringWriter
    {
        private readonly Lock _gate = new();

        public override void Write(char value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override string ToString()
        {
            lock (_gate)
            {
                return base.ToString();
            }
        }

        /// <summary>Waits for a line with <paramref name="word"/> and returns the address in it.</summary>
        public async Task<string> WaitForAsync(string word, Task<int> run)
        {
            for (int i = 0; i < 600; i++)
            {
                string text = ToString();
                int at = text.IndexOf(word, StringComparison.Ordinal);
                int http = text.IndexOf("http://", at < 0 ? 0 : at, StringComparison.Ordinal);
                if (at >= 0 && http >= 0)
                {
                    int end = text.IndexOfAny([' ', ',', '\n'], http);
                    return text[http..end];
                }

                Assert.False(run.IsCompleted, $"serve ended early: {text}");
                await Task.Delay(50);
            }

            throw new TimeoutException("serve did not start: " + ToString());
        }
    }
}
