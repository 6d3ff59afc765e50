using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mizan.Numbers;
using Mizan.Pipeline;
using Mizan.Tests.Languages.Arabic;

namespace Mizan.Tests.Numbers;

/// <summary>A number spelled in words, with how it was spelled.</summary>
public sealed record SpelledNumber(int Value, SpelledCase Case, bool Feminine, int Variant)
{
    public string Words => ArabicNumberSpeller.Spell(Value, Case, Feminine, Variant);

    public override string ToString() => $"{Value} ({Case}, feminine={Feminine}, variant={Variant}): {Words}";
}

/// <summary>Generators for the number properties.</summary>
public static class NumberArbitraries
{
    private static readonly string[] Pieces =
    [
        "20", "٣", "1,500", "3.5", "2018", "30/5/2018", "10:30", "F16", "عام", "ثلاثة", "وعشرون", "ثلاث", "مئة", "ومئة", "ألف",
        "ألفا", "آلاف", "و", "و200", "مليون", "اثنا", "عشر", "إحدى", "وعشرين", "عدة", "عشرات", "مئات", "الآلاف", "عدد", "من",
        "أكثر", "ما", "لا", "يقل", "عن", "على", "الأقل", "نحو", "قرابة", "بين", "جنديين", "يومين", "متمردا", "التوارق", "كيلوا",
        "مترا", "ساعة", "أيام", "%", "بالمئة", "في", "المئة", "دولار", "الساعة", "يونيو", "الشهر", "،", ".", "-", "/", "«", "»",
        "قتل", "وأصيب", "بعشرين", "لأكثر", "ونيف", "تقريبا", "العمر", "عاما", "الثلاثة", "الاثنين",
    ];

    public static Arbitrary<SpelledNumber> Spelled() =>
        (from value in Gen.Choose(1, 999_999)
         from nominative in Gen.Elements(true, false)
         from feminine in Gen.Elements(true, false)
         from variant in Gen.Choose(0, 3)
         select new SpelledNumber(value, nominative ? SpelledCase.Nominative : SpelledCase.AccusativeGenitive, feminine, variant))
        .ToArbitrary();

    /// <summary>Texts made of number words, digits, modifiers, units, nouns and punctuation, with or without spaces.</summary>
    public static Arbitrary<string> NumberSoup() =>
        Gen.ListOf(Gen.Elements(Pieces).SelectMany(piece => Gen.Elements(" ", " ", " ", "", "\n").Select(gap => piece + gap)))
            .Select(parts => string.Concat(parts))
            .ToArbitrary();
}

public class NumberProperties
{
    [Property(Arbitrary = [typeof(NumberArbitraries)], MaxTest = 1000)]
    public bool A_spelled_number_is_read_back_to_its_value(SpelledNumber number)
    {
        string text = "قتل " + number.Words + " شخصا في الهجوم";
        var found = NumberTestSupport.Find(text);
        return found.Count == 1
            && found[0].Text == number.Words
            && found[0].Mention is { Kind: NumberKind.Exact, Unit: null } mention
            && mention.Low == number.Value && mention.High == number.Value;
    }

    [Property(Arbitrary = [typeof(NumberArbitraries)], MaxTest = 500)]
    public bool A_spelled_number_after_a_proclitic_is_read_back_to_its_value(SpelledNumber number)
    {
        string text = "أصيب ب" + number.Words + " شظية";
        var found = NumberTestSupport.Find(text);
        return found.Count == 1 && found[0].Mention.Low == number.Value && found[0].Mention.High == number.Value;
    }

    [Property(Arbitrary = [typeof(NumberArbitraries)], MaxTest = 1000)]
    public bool Mentions_of_number_soup_never_overlap_and_stay_inside_the_text(string text) => WellFormed(text);

    [Property(Arbitrary = [typeof(TextArbitraries)], MaxTest = 500)]
    public bool Mentions_of_arbitrary_text_never_overlap_and_stay_inside_the_text(string text) => WellFormed(text);

    private static bool WellFormed(string text)
    {
        Document document = NumberTestSupport.Analyse(text);
        int previousEndToken = 0;
        int previousEnd = 0;
        foreach (NumberMention m in document.Numbers)
        {
            bool ok = m.FirstToken >= previousEndToken && m.FirstToken < m.EndToken && m.EndToken <= document.Tokens.Length
                && m.Span.Start >= previousEnd && m.Span.Start < m.Span.End && m.Span.End <= text.Length
                && m.Span.Start >= document.Tokens[m.FirstToken].Span.Start
                && m.Span.End == document.Tokens[m.EndToken - 1].Span.End
                && m.Low >= 0 && (m.High is null || m.High >= m.Low)
                && (m.CountedToken is null || (m.CountedToken >= 0 && m.CountedToken < document.Tokens.Length));
            if (!ok)
            {
                return false;
            }

            previousEndToken = m.EndToken;
            previousEnd = m.Span.End;
        }

        return true;
    }
}
