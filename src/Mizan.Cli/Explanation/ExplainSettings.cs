using Mizan.IO.Input;

namespace Mizan.Cli.Explanation;

/// <summary>What <c>mizan explain</c> reads and how.</summary>
/// <param name="Paths">Files, folders or - for standard input.</param>
/// <param name="Published">A publication date for every article, overriding the input's; null to keep them.</param>
/// <param name="Format">The input format.</param>
/// <param name="RulesOnly">Whether the rules alone decide, without the learned scorer.</param>
internal sealed record ExplainSettings(IReadOnlyList<string> Paths, DateOnly? Published, InputFormat Format, bool RulesOnly);
