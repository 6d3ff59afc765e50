using Xunit.Sdk;

namespace Mizan.Server.Tests.Support;

/// <summary>
/// A test in a real chromium. Reported as skipped, with the reason, when no chromium is there
/// (see <see cref="Chromium"/>): never silently passed.
/// </summary>
[XunitTestCaseDiscoverer("Mizan.Server.Tests.Support.BrowserFactDiscoverer", "Mizan.Server.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute;
