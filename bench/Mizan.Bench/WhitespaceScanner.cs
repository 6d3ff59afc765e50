namespace Mizan.Bench;

/// <summary>The floor: one pass over the text that finds whitespace-separated tokens and nothing else.</summary>
internal static class WhitespaceScanner
{
    /// <summary>Counts the tokens of a text (runs of non-whitespace characters).</summary>
    public static int CountTokens(string text)
    {
        int tokens = 0;
        bool inToken = false;
        foreach (char c in text)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inToken)
            {
                tokens++;
            }

            inToken = !space;
        }

        return tokens;
    }
}
