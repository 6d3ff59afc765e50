using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Mizan.Cluster.Tests.Support;

/// <summary>
/// The Redis a cluster test uses: the one <c>MIZAN_TEST_REDIS</c> names (<c>HOST:PORT</c>;
/// <c>.ci/services</c> starts one and sets it), else a throwaway <c>redis-server</c> started on a
/// free loopback port when the program is installed (and stopped on dispose).
/// </summary>
public sealed class TestRedis : IDisposable
{
    public const string Variable = "MIZAN_TEST_REDIS";

    private readonly Process? _server;

    private TestRedis(string address, Process? server)
    {
        Address = address;
        _server = server;
    }

    /// <summary>Why the cluster tests are skipped (no Redis, or no PostgreSQL), or null when both are there.</summary>
    public static string? SkipReason
    {
        get
        {
            if (Mizan.Storage.Tests.Support.PostgresTestDatabase.SkipReason is { } postgres)
            {
                return postgres;
            }

            return string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)) && FindServer() is null
                ? $"{Variable} is not set and redis-server is not installed: no Redis for the cluster to meet in (.ci/run starts one with .ci/services and sets it)"
                : null;
        }
    }

    /// <summary>HOST:PORT.</summary>
    public string Address { get; }

    public static TestRedis Start()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return new TestRedis(configured, null);
        }

        string program = FindServer() ?? throw new InvalidOperationException("redis-server is not installed");
        int port = FreePort();
        var server = Process.Start(new ProcessStartInfo(program)
        {
            ArgumentList = { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start");
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        for (int i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, port);
                return new TestRedis($"127.0.0.1:{port}", server);
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        server.Kill();
        server.Dispose();
        throw new InvalidOperationException($"redis-server did not listen on 127.0.0.1:{port}");
    }

    /// <summary>A TCP port nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (_server is not null)
        {
            _server.Kill();
            _server.WaitForExit();
            _server.Dispose();
        }
    }

    private static string? FindServer()
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Append("/usr/bin").Append("/usr/sbin"))
        {
            string candidate = Path.Combine(dir, "redis-server");
            if (dir.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
