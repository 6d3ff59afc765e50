using FsCheck;
using FsCheck.Fluent;
using Mizan.Dates;
using Mizan.Text;
using Mizan.Tokenization;
using static Mizan.Tests.Dates.DateTestSupport;
using Mizan.Languages.Arabic;

namespace Mizan.Tests.Dates;

public class DateProperties
{
    private static readonly string[] Weekdays = ["الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    private static readonly string[] Past = ["الماضي", "الماضية", "الفارط", "المنصرم", "المنصرمة"];

    // Pieces of Arabic news text: date words, their neighbours, numbers, punctuation and plain words.
    private static readonly string[] Pieces =
    [
        "الخميس", "الجمعة", "الماضي", "المقبل", "يوم", "مساء", "فجر", "ليلة", "أمس", "اليوم", "غدا", "أول", "من",
        "في", "منذ", "حتى", "عام", "العام", "سنة", "الشهر", "الجاري", "الأسبوع", "هذا", "مطلع", "أواخر", "منتصف",
        "أبريل", "نيسان", "كانون", "الثاني", "الأول", "مارس", "رمضان", "شهر", "محرم", "هـ", "م", "الموافق", "التالي",
        "2", "19", "31", "2005", "1439", "2000", "/", "-", "،", ".", "(", ")", "\n", "قتل", "القوات", "منزل",
        "ثم", "الأمين", "قبل", "أيام", "والخميس", "بالأمس", "لعام", "للعام", "٢٠١٨", "30.5.2018",
    ];

    private static Gen<DateOnly> References() =>
        Gen.Choose(new DateOnly(1950, 1, 1).DayNumber, new DateOnly(2070, 12, 31).DayNumber).Select(DateOnly.FromDayNumber);

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property A_past_weekday_is_strictly_before_the_reference_and_within_a_week()
    {
        var cases = from reference in References()
                    from weekday in Gen.Elements(Weekdays)
                    from past in Gen.Elements(Past)
                    select (reference, weekday, past);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (_, mention) = Only($"قالت المصادر إن الهجوم وقع {c.weekday} {c.past} على القرية.", c.reference);
            int back = c.reference.DayNumber - mention.Start!.Value.DayNumber;
            return back is >= 1 and <= 7 && mention.Start == mention.End;
        });
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property A_bare_weekday_is_zero_to_six_days_before_the_reference()
    {
        var cases = from reference in References()
                    from weekday in Gen.Elements(Weekdays)
                    select (reference, weekday);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (_, mention) = Only($"أعلن الجيش {c.weekday} مقتل خمسة مسلحين.", c.reference);
            int back = c.reference.DayNumber - mention.Start!.Value.DayNumber;
            return back is >= 0 and <= 6;
        });
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property A_future_weekday_is_strictly_after_the_reference_and_within_a_week()
    {
        var cases = from reference in References()
                    from weekday in Gen.Elements(Weekdays)
                    from future in Gen.Elements("المقبل", "المقبلة", "القادم")
                    select (reference, weekday, future);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (_, mention) = Only($"يعقد المجلس جلسته {c.weekday} {c.future} في العاصمة.", c.reference);
            int ahead = mention.Start!.Value.DayNumber - c.reference.DayNumber;
            return ahead is >= 1 and <= 7;
        });
    }

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property Mentions_never_overlap_and_stay_inside_the_text()
    {
        var cases = from words in Gen.ArrayOf(Gen.Elements(Pieces))
                    from reference in Gen.OneOf(References().Select(d => (DateOnly?)d), Gen.Constant<DateOnly?>(null))
                    select (text: string.Join(" ", words), reference);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            NormalizedText normalized = ArabicNormalizer.Normalize(c.text);
            var tokens = Tokenizer.Tokenize(normalized);
            var mentions = Recognizer.Recognize(normalized, tokens, c.reference);
            int previousEnd = 0;
            int previousToken = 0;
            foreach (DateMention m in mentions)
            {
                bool ok = m.Span.Start >= previousEnd && m.Span.End <= c.text.Length && m.Span.Start < m.Span.End
                    && m.FirstToken >= previousToken && m.FirstToken < m.EndToken && m.EndToken <= tokens.Length
                    && m.Span.End == tokens[m.EndToken - 1].Span.End
                    && (m.Start is null) == (m.End is null) && (m.Start is null) == (m.Precision is null)
                    && (m.Start is null || m.Start <= m.End)
                    && (c.reference is not null || !m.IsRelative || m.Start is null);
                if (!ok)
                {
                    return false;
                }

                previousEnd = m.Span.End;
                previousToken = m.EndToken;
            }

            return true;
        });
    }
}
