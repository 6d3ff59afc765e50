namespace Mizan.Tests.Numbers;

/// <summary>Grammatical case of a spelled number: the tens and duals differ (عشرون/عشرين، ألفان/ألفين).</summary>
public enum SpelledCase
{
    Nominative,
    AccusativeGenitive,
}

/// <summary>
/// Spells whole numbers 1-999999 in Arabic words the way news writes them, for property tests
/// of the number recogniser: units before tens joined by و, hundreds as one word or two
/// (ثلاثمئة، ثلاث مئة، ثلاثمائة), آلاف after 3-10, ألفا after 11-99, the construct مئتا ألف.
/// </summary>
public static class ArabicNumberSpeller
{
    private static readonly string[] UnitsWithTa = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"];
    private static readonly string[] UnitsWithoutTa = ["", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع"];
    private static readonly string[] TensNominative = ["", "عشرة", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"];
    private static readonly string[] TensOblique = ["", "عشرة", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"];
    private static readonly string[] HundredStems = ["", "", "", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"];

    /// <summary>Spells <paramref name="n"/>; <paramref name="variant"/> picks among equivalent spellings.</summary>
    /// <param name="n">1 to 999999.</param>
    /// <param name="grammaticalCase">Nominative or accusative/genitive.</param>
    /// <param name="feminine">Whether 1-19 take the forms without ة (counting a masculine noun).</param>
    /// <param name="variant">Any integer: bit 0 spells مائة instead of مئة, bit 1 writes 300-900 as two words.</param>
    public static string Spell(int n, SpelledCase grammaticalCase, bool feminine, int variant)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 999_999);
        bool nominative = grammaticalCase == SpelledCase.Nominative;
        int thousands = n / 1000;
        int rest = n % 1000;
        string text;
        if (thousands == 0)
        {
            return Group(rest, nominative, feminine, variant, construct: false);
        }
        else if (thousands == 1)
        {
            text = "ألف";
        }
        else if (thousands == 2)
        {
            text = nominative ? "ألفان" : "ألفين";
        }
        else
        {
            int lastTwo = thousands % 100;
            string scale = lastTwo is >= 3 and <= 10 ? "آلاف" : lastTwo is >= 11 and <= 99 ? "ألفا" : "ألف";
            text = Group(thousands, nominative, feminine: false, variant, construct: true) + " " + scale;
        }

        return rest == 0 ? text : text + " و" + Group(rest, nominative, feminine, variant, construct: false);
    }

    private static string Group(int g, bool nominative, bool feminine, int variant, bool construct)
    {
        int hundreds = g / 100;
        int below = g % 100;
        string hundredWord = (variant & 1) == 0 ? "مئة" : "مائة";
        string? head = hundreds switch
        {
            0 => null,
            1 => hundredWord,
            2 when construct && below == 0 => (variant & 1) == 0 ? (nominative ? "مئتا" : "مئتي") : (nominative ? "مائتا" : "مائتي"),
            2 => (variant & 1) == 0 ? (nominative ? "مئتان" : "مئتين") : (nominative ? "مائتان" : "مائتين"),
            _ => (variant & 2) == 0 ? HundredStems[hundreds] + hundredWord : UnitsWithoutTa[hundreds] + " " + hundredWord,
        };
        string? tail = below == 0 ? null : BelowHundred(below, nominative, feminine);
        return head is null ? tail! : tail is null ? head : head + " و" + tail;
    }

    private static string BelowHundred(int b, bool nominative, bool feminine)
    {
        string[] units = feminine ? UnitsWithoutTa : UnitsWithTa;
        string[] tens = nominative ? TensNominative : TensOblique;
        int unit = b % 10;
        int ten = b / 10;
        if (b < 10)
        {
            return b == 2 ? (feminine ? (nominative ? "اثنتان" : "اثنتين") : (nominative ? "اثنان" : "اثنين")) : units[b];
        }

        if (b == 10)
        {
            return feminine ? "عشر" : "عشرة";
        }

        if (b < 20)
        {
            string teen = feminine ? "عشرة" : "عشر";
            return unit switch
            {
                1 => feminine ? "إحدى عشرة" : "أحد عشر",
                2 => (feminine ? (nominative ? "اثنتا" : "اثنتي") : (nominative ? "اثنا" : "اثني")) + " " + teen,
                _ => units[unit] + " " + teen,
            };
        }

        if (unit == 0)
        {
            return tens[ten];
        }

        string first = unit == 2
            ? (feminine ? (nominative ? "اثنتان" : "اثنتين") : (nominative ? "اثنان" : "اثنين"))
            : unit == 1 ? (feminine ? "إحدى" : "واحد") : units[unit];
        return first + " و" + tens[ten];
    }
}
