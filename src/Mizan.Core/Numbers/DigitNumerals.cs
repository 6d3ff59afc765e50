using System.Globalization;

namespace Mizan.Numbers;

/// <summary>
/// Reads the key of a number token (ASCII digits with ',' or '.' between them; the normaliser
/// has already mapped Arabic-Indic digits, ٫ and ٬).
/// </summary>
/// <remarks>
/// Separators: with both ',' and '.', the last one is the decimal mark (1,234.5 and 1.234,5).
/// A ',' followed by exactly three digits groups thousands (1,000); otherwise it is a decimal
/// comma (8,1 ملايين). A single '.' is a decimal point (3.5), except before exactly three
/// digits with no scale word after the number, where Arabic news groups thousands with it
/// (300.000 برميل); before a scale word it stays decimal (3.899 مليار). Several '.' group thousands.
/// </remarks>
internal static class DigitNumerals
{
    private const int MaxDigits = 18;

    /// <summary>Parses a number token's key.</summary>
    /// <param name="key">The token's key characters.</param>
    /// <param name="scaleFollows">Whether a scale word (ألف، مليون...) follows the number.</param>
    /// <param name="value">The value.</param>
    public static bool TryParse(ReadOnlySpan<char> key, bool scaleFollows, out decimal value)
    {
        value = 0;
        if (key.IsEmpty || key.Length > 40)
        {
            return false;
        }

        int dots = key.Count('.');
        int commas = key.Count(',');
        int decimalAt = -1;
        char grouping = '\0';
        if (dots > 0 && commas > 0)
        {
            decimalAt = Math.Max(key.LastIndexOf('.'), key.LastIndexOf(','));
            grouping = key[decimalAt] == '.' ? ',' : '.';
            if (key.Count(key[decimalAt]) != 1)
            {
                return false;
            }
        }
        else if (commas > 0)
        {
            if (GroupsOfThree(key, ','))
            {
                grouping = ',';
            }
            else if (commas == 1)
            {
                decimalAt = key.IndexOf(',');
            }
            else
            {
                return false;
            }
        }
        else if (dots == 1)
        {
            decimalAt = key.IndexOf('.');
            if (!scaleFollows && key.Length - decimalAt - 1 == 3)
            {
                grouping = '.';
                decimalAt = -1;
            }
        }
        else if (dots > 1)
        {
            if (!GroupsOfThree(key, '.'))
            {
                return false;
            }

            grouping = '.';
        }

        Span<char> buffer = stackalloc char[key.Length];
        int length = 0;
        int integerDigits = 0;
        for (int i = 0; i < key.Length; i++)
        {
            char c = key[i];
            if (i == decimalAt)
            {
                buffer[length++] = '.';
            }
            else if (c == grouping)
            {
                continue;
            }
            else if (c is >= '0' and <= '9')
            {
                buffer[length++] = c;
                if (decimalAt < 0 || i < decimalAt)
                {
                    integerDigits++;
                }
            }
            else
            {
                return false;
            }
        }

        return integerDigits <= MaxDigits
            && decimal.TryParse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool GroupsOfThree(ReadOnlySpan<char> key, char separator)
    {
        int first = key.IndexOf(separator);
        if (first == 0 || first > 3)
        {
            return false;
        }

        int run = 0;
        for (int i = first + 1; i < key.Length; i++)
        {
            if (key[i] == separator)
            {
                if (run != 3)
                {
                    return false;
                }

                run = 0;
            }
            else
            {
                run++;
            }
        }

        return run == 3;
    }
}
