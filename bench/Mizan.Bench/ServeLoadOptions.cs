using System.Globalization;

namespace Mizan.Bench;

/// <summary>Options of the <c>serve-load</c> command.</summary>
internal sealed record ServeLoadOptions
{
    /// <summary>The address of a running <c>mizan serve</c>, e.g. <c>http://127.0.0.1:5170</c>.</summary>
    public Uri? Url { get; init; }

    /// <summary>Requests in flight at once (one worker each).</summary>
    public int Concurrency { get; init; } = 50;

    /// <summary>Requests of the measured run (the bound); the run also stops at <see cref="Seconds"/>.</summary>
    public int Requests { get; init; } = 10_000;

    /// <summary>The longest the measured run may last, in seconds (the other bound).</summary>
    public double Seconds { get; init; } = 120;

    /// <summary>Requests sent before the measured run, with the same concurrency, whose times are dropped.</summary>
    public int WarmUpRequests { get; init; } = 1_000;

    /// <summary>How long one request may take before it counts as failed, in seconds.</summary>
    public double TimeoutSeconds { get; init; } = 30;

    /// <summary>Parses <c>--url URL [--concurrency N] [--requests N] [--seconds S] [--warmup-requests N] [--timeout S]</c>.</summary>
    /// <exception cref="ArgumentException">An unknown option, a bad value, or no <c>--url</c>.</exception>
    public static ServeLoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ServeLoadOptions();
        for (int i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--url" => options with { Url = Address(Value()) },
                "--concurrency" => options with { Concurrency = Positive(args[i], int.Parse(Value(), CultureInfo.InvariantCulture)) },
                "--requests" => options with { Requests = Positive(args[i], int.Parse(Value(), CultureInfo.InvariantCulture)) },
                "--seconds" => options with { Seconds = Positive(args[i], double.Parse(Value(), CultureInfo.InvariantCulture)) },
                "--warmup-requests" => options with { WarmUpRequests = NotNegative(args[i], int.Parse(Value(), CultureInfo.InvariantCulture)) },
                "--timeout" => options with { TimeoutSeconds = Positive(args[i], double.Parse(Value(), CultureInfo.InvariantCulture)) },
                _ => throw new ArgumentException($"unknown option '{args[i]}'"),
            };
        }

        return options.Url is not null ? options : throw new ArgumentException("serve-load needs --url, the address of a running 'mizan serve' (e.g. http://127.0.0.1:5170)");
    }

    private static Uri Address(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new ArgumentException($"--url must be an http(s) address, not '{value}'");

    private static T Positive<T>(string name, T value)
        where T : System.Numerics.INumber<T> =>
        value > T.Zero ? value : throw new ArgumentException($"{name} must be greater than 0");

    private static int NotNegative(string name, int value) =>
        value >= 0 ? value : throw new ArgumentException($"{name} must not be negative");
}
