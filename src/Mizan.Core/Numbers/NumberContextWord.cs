namespace Mizan.Numbers;

/// <summary>What a word next to a number says about it (<c>data/ar/number-context.tsv</c>).</summary>
public enum NumberContextRole : byte
{
    /// <summary>A function word after a number is not the counted noun.</summary>
    NotNoun,

    /// <summary>من after a number introduces the counted noun.</summary>
    Partitive,

    /// <summary>Before a four-digit number: a calendar year (عام 2018).</summary>
    YearBefore,

    /// <summary>After a four-digit number: a calendar year (2018 م).</summary>
    YearAfter,

    /// <summary>A month name: a day number before it, a year after it.</summary>
    Month,

    /// <summary>After a day number: من الشهر.</summary>
    DayAfter,

    /// <summary>Before a time of day: الساعة 10.</summary>
    ClockBefore,

    /// <summary>Before an age: العمر 30 عاما; after من it makes an age too: في الـ20 من عمره.</summary>
    AgeBefore,

    /// <summary>An ordinal before عشر (الحادي عشر، التاسع عشر): not the number 10.</summary>
    OrdinalBefore,

    /// <summary>A word after which digits name a thing, not a count: a number, a model, a resolution (رقم 5، طراز 737، القرار 2254).</summary>
    LabelBefore,
}

/// <summary>A context word of <c>data/ar/number-context.tsv</c>.</summary>
/// <param name="Phrase">The phrase as written in the lexicon.</param>
/// <param name="Role">What it says about a number next to it.</param>
public sealed record NumberContextWord(string Phrase, NumberContextRole Role);
