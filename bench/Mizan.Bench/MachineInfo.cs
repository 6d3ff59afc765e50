using System.Runtime;
using System.Runtime.InteropServices;

namespace Mizan.Bench;

/// <summary>What the numbers were measured on.</summary>
internal static class MachineInfo
{
    /// <summary>The CPU model as /proc/cpuinfo names it, or the architecture when it cannot be read.</summary>
    public static string CpuModel()
    {
        const string CpuInfo = "/proc/cpuinfo";
        if (File.Exists(CpuInfo))
        {
            foreach (string line in File.ReadLines(CpuInfo))
            {
                if (line.StartsWith("model name", StringComparison.Ordinal))
                {
                    int colon = line.IndexOf(':', StringComparison.Ordinal);
                    return line[(colon + 1)..].Trim();
                }
            }
        }

        return RuntimeInformation.ProcessArchitecture.ToString();
    }

    /// <summary>A few lines describing the machine and the runtime.</summary>
    public static IEnumerable<string> Describe()
    {
        yield return $"- machine: {Environment.ProcessorCount} logical cores (nproc), CPU {CpuModel()}, {RuntimeInformation.OSDescription}";
        if (File.Exists("/proc/loadavg"))
        {
            yield return $"- load average before the run (1, 5, 15 min): {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}";
        }

        yield return $"- runtime: {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, {(GCSettings.LatencyMode == GCLatencyMode.Batch ? "non-concurrent" : "concurrent")}";
    }
}
