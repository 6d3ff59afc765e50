using System.Diagnostics;
using System.Text;

namespace Mizan.Testing;

/// <summary>
/// The built <c>mizan</c> next to the test binaries, run as its own process (the apphost, else
/// <c>dotnet mizan.dll</c>): one source file compiled into every test project that kills or times
/// a real process. Standard input, output and error are redirected, the latter two read as UTF-8.
/// </summary>
internal static class MizanExecutable
{
    /// <summary>How to start <c>mizan</c> with <paramref name="args"/>; fails with a clear message when it is not built.</summary>
    public static ProcessStartInfo StartInfo(params string[] args)
    {
        string directory = AppContext.BaseDirectory;
        string apphost = Path.Combine(directory, OperatingSystem.IsWindows() ? "mizan.exe" : "mizan");
        string dll = Path.Combine(directory, "mizan.dll");
        ProcessStartInfo start;
        if (File.Exists(apphost))
        {
            start = new ProcessStartInfo(apphost);
        }
        else if (File.Exists(dll))
        {
            start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet");
            start.ArgumentList.Add(dll);
        }
        else
        {
            throw new InvalidOperationException($"Neither {apphost} nor {dll} exists: is Mizan.Cli built?");
        }

        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.UseShellExecute = false;
        start.StandardOutputEncoding = Encoding.UTF8;
        start.StandardErrorEncoding = Encoding.UTF8;
        return start;
    }

    /// <summary>Starts <c>mizan</c> with <paramref name="args"/>.</summary>
    public static Process Start(params string[] args) => Process.Start(StartInfo(args))!;
}
