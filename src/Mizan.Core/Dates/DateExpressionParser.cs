using System.Collections.Immutable;
using Mizan.Events;
using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Dates;

/// <summary>
/// Finds the date expressions of one text: first marks every token that starts a phrase of the
/// date vocabulary (one span lookup per token, proclitics و ف ب ل ك peeled only when the whole
/// word is unknown), then parses expressions left to right from tokens that carry a mark or a
/// number, keeping the longest reading at each place. One instance per text; not thread-safe.
/// </summary>
internal sealed class DateExpressionParser
{

    private readonly DateLexicon _lexicon;
    private readonly NormalizedText _text;
    private readonly ImmutableArray<Token> _tokens;
    private readonly DateOnly? _reference;
    private readonly DateOnly? _publicationDay;
    // The date words of the text, by token (_firstHit); the array goes back to the pool when Parse ends.
    private PooledList<WordHit> _hits = new(64);
    private readonly int[] _firstHit;

    public DateExpressionParser(DateLexicon lexicon, NormalizedText text, ImmutableArray<Token> tokens, DateReference? reference)
    {
        _lexicon = lexicon;
        _text = text;
        _tokens = tokens;
        _reference = reference?.NewsDay;
        _publicationDay = reference?.PublicationDay;
        _firstHit = new int[tokens.Length + 1];
    }

    /// <summary>Every date expression, in text order and without overlaps.</summary>
    public ImmutableArray<DateMention> Parse()
    {
        try
        {
            MarkVocabulary();
            ImmutableArray<DateMention>.Builder? mentions = null;
            int i = 0;
            while (i < _tokens.Length)
            {
                if ((HitCount(i) > 0 || _tokens[i].Kind == TokenKind.Number) && TryExpressionAt(i, out DateMention? mention))
                {
                    (mentions ??= ImmutableArray.CreateBuilder<DateMention>()).Add(mention);
                    i = mention.EndToken;
                }
                else
                {
                    i++;
                }
            }

            return mentions?.ToImmutable() ?? [];
        }
        finally
        {
            _hits.Dispose();
        }
    }

    // ---------------------------------------------------------------- vocabulary marks

    private void MarkVocabulary()
    {
        Span<char> buffer = stackalloc char[64];
        for (int t = 0; t < _tokens.Length; t++)
        {
            _firstHit[t] = _hits.Count;
            Token token = _tokens[t];
            if (token.Kind != TokenKind.Arabic)
            {
                continue;
            }

            // Every key looked up below (the word, و/ف + word, ب/ل/ك + word, لل + word with the
            // article's alef) is the stem of one of the token's clitic readings.
            if (!_lexicon.FirstWords.MayStartAt(_text, _tokens, t))
            {
                continue;
            }

            ReadOnlySpan<char> word = Key(t);
            if (AddHits(t, word, 0))
            {
                continue;
            }

            int at = 0;
            if (word.Length >= 3 && Morphology.IsConjunction(word[0]))
            {
                if (AddHits(t, word[1..], 1))
                {
                    continue;
                }

                at = 1;
            }

            if (word.Length - at >= 3 && Morphology.IsPreposition(word[at]))
            {
                if (Morphology.ContractsArticle(word[at..]) && word.Length - at <= buffer.Length)
                {
                    // للعام: ل + (ا)لعام. The span keeps the whole contracted word.
                    buffer[0] = Morphology.RestoredLetter;
                    word[(at + 1)..].CopyTo(buffer[1..]);
                    if (AddHits(t, buffer[..(word.Length - at)], at))
                    {
                        continue;
                    }
                }

                AddHits(t, word[(at + 1)..], at + 1);
            }
        }

        _firstHit[_tokens.Length] = _hits.Count;
    }

    private bool AddHits(int t, ReadOnlySpan<char> word, int skip)
    {
        if (!_lexicon.TryGetPhrases(word, out DatePhrase[] phrases))
        {
            return false;
        }

        bool added = false;
        foreach (DatePhrase phrase in phrases)
        {
            if (RestMatches(t + 1, phrase.Rest))
            {
                _hits.Add(new WordHit(phrase.Word, t + 1 + phrase.Rest.Length, skip));
                added = true;
            }
        }

        return added;
    }

    private bool RestMatches(int from, string[] rest)
    {
        if (from + rest.Length > _tokens.Length)
        {
            return false;
        }

        for (int k = 0; k < rest.Length; k++)
        {
            if (!_tokens[from + k].IsWord || !Key(from + k).SequenceEqual(rest[k]))
            {
                return false;
            }
        }

        return true;
    }

    private int HitCount(int t) => t < _tokens.Length ? _firstHit[t + 1] - _firstHit[t] : 0;

    /// <summary>The longest phrase with <paramref name="role"/> that starts at token <paramref name="t"/>.</summary>
    private bool Has(int t, DateWordRole role, out WordHit hit)
    {
        hit = default;
        bool found = false;
        if (t < 0 || t >= _tokens.Length)
        {
            return false;
        }

        for (int h = _firstHit[t]; h < _firstHit[t + 1]; h++)
        {
            WordHit candidate = _hits.Items[h];
            if (candidate.Word.Role == role && (!found || candidate.End > hit.End))
            {
                hit = candidate;
                found = true;
            }
        }

        return found;
    }

    private bool Has(int t, DateWordRole role) => Has(t, role, out _);

    private ReadOnlySpan<char> Key(int t) => _text.Key.AsSpan(_tokens[t].Key.Start, _tokens[t].Key.Length);

    // ---------------------------------------------------------------- expressions

    private bool TryExpressionAt(int i, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DateMention? mention)
    {
        mention = null;
        Parsed parsed;
        int first;
        DateBoundary boundary = DateBoundary.None;
        if (Has(i, DateWordRole.Boundary, out WordHit lead) && TryCore(lead.End, Cue.Boundary, out parsed))
        {
            first = i; // منذ and حتى belong to the expression
            boundary = (DateBoundary)lead.Word.A;
        }
        else if (Has(i, DateWordRole.In, out lead) && TryCore(lead.End, Cue.Preposition, out parsed))
        {
            first = lead.End; // في and خلال only cue it
        }
        else if (TryCore(i, Cue.None, out parsed))
        {
            first = i;
        }
        else
        {
            return false;
        }

        if (IsHashtagged(first) || IsGlued(first - 1, '_') || (parsed.End < _tokens.Length && _tokens[parsed.End].Kind == TokenKind.Punctuation && !_tokens[parsed.End].SpaceBefore && _text.Key[_tokens[parsed.End].Key.Start] == '_'))
        {
            return false; // #اليوم_المفتوح: a hashtag, not a date
        }

        int start = _text.ToOriginal(_tokens[first].Key.Start + SkipOf(first));
        int end = _tokens[parsed.End - 1].Span.End;
        mention = new DateMention(
            new TextSpan(start, end),
            first,
            parsed.End,
            parsed.Start,
            parsed.Start is null ? null : parsed.Last,
            parsed.Start is null ? null : parsed.Precision,
            parsed.IsRelative,
            boundary,
            parsed.Start is not null && parsed.YearOmitted);
        return true;
    }

    private int SkipOf(int t) => HitCount(t) > 0 ? _hits.Items[_firstHit[t]].Skip : 0;

    /// <summary>The longest date expression at <paramref name="t"/>. <paramref name="cue"/>: what stands
    /// before it (في، منذ، حتى), which lets a bare year or an ambiguous month name count.</summary>
    private bool TryCore(int t, Cue cue, out Parsed best)
    {
        best = default;
        bool found = false;
        if (t >= _tokens.Length)
        {
            return false;
        }

        Keep(ref found, ref best, TryTimeOfDay(t, out Parsed p), p);
        Keep(ref found, ref best, TryDay(t, out p), p);
        Keep(ref found, ref best, TryPart(t, out p), p);
        Keep(ref found, ref best, TryMonthExpression(t, cue != Cue.None, out p), p);
        Keep(ref found, ref best, TryPeriod(t, partCued: false, out p), p);
        Keep(ref found, ref best, TryYear(t, cue, out p), p);
        Keep(ref found, ref best, TryNumericDate(t, out p), p);
        return found;
    }

    private static void Keep(ref bool found, ref Parsed best, bool ok, in Parsed candidate)
    {
        if (ok && (!found || candidate.End > best.End))
        {
            best = candidate;
            found = true;
        }
    }

    /// <summary>فجر/صباح/مساء/ليلة/الساعات الأولى من ... + a day: the day, at day precision.
    /// ليلة الأربعاء is read as Wednesday (the night is named by its day).</summary>
    private bool TryTimeOfDay(int t, out Parsed parsed)
    {
        parsed = default;
        int v = t;
        int count = 0;
        while (count < 3 && Has(v, DateWordRole.TimeOfDay, out WordHit hit))
        {
            v = hit.End;
            count++;
        }

        return count > 0 && TryDay(v, out parsed);
    }

    /// <summary>[يوم] weekday | relative day | day-and-month date | numeric date.</summary>
    private bool TryDay(int t, out Parsed best)
    {
        best = default;
        bool found = false;
        int v = t;
        if (Has(t, DateWordRole.DayCue, out WordHit cue))
        {
            v = cue.End;
        }

        if (v >= _tokens.Length)
        {
            return false;
        }

        Keep(ref found, ref best, TryWeekday(v, out Parsed p), p);
        Keep(ref found, ref best, TryRelativeDay(v, out p), p);
        Keep(ref found, ref best, TryDayOfMonth(v, out p), p);
        Keep(ref found, ref best, TryNumericDate(v, out p), p);
        return found;
    }

    /// <summary>الخميس، الخميس الماضي، الأحد المقبل، الخميس 19 أبريل 2018، الخميس الموافق 19 أبريل.</summary>
    private bool TryWeekday(int t, out Parsed parsed)
    {
        parsed = default;
        if (!Has(t, DateWordRole.Weekday, out WordHit weekday))
        {
            return false;
        }

        var day = (DayOfWeek)weekday.Word.A;
        int v = weekday.End;
        int direction = 0;
        if (Has(v, DateWordRole.Direction, out WordHit modifier))
        {
            direction = modifier.Word.A;
            v = modifier.End;
        }

        if (TryExplicitDate(v, out parsed))
        {
            return true; // the explicit date says more than the weekday
        }

        if (_reference is not { } reference)
        {
            parsed = Parsed.Unresolved(v);
            return true;
        }

        DateOnly date = direction switch
        {
            < -1 => DateArithmetic.Before(reference, day).AddDays(7 * (direction + 1)),
            < 0 => DateArithmetic.Before(reference, day),
            > 0 => DateArithmetic.After(reference, day),
            // A bare weekday may name the calendar day of publication even when the writer's
            // "today" was the day before (الأربعاء in an article of Wednesday 00:25).
            _ => DateArithmetic.OnOrBefore(_publicationDay ?? reference, day),
        };
        parsed = Parsed.Relative(v, date, date, DatePrecision.Day);
        return true;
    }

    /// <summary>The date that may follow a weekday: [الموافق] 19 أبريل 2018, or a numeric date.</summary>
    private bool TryExplicitDate(int t, out Parsed parsed)
    {
        if (Has(t, DateWordRole.Agreeing, out WordHit agreeing))
        {
            t = agreeing.End;
        }

        return TryDayOfMonth(t, out parsed) || TryNumericDate(t, out parsed);
    }

    /// <summary>أمس، اليوم، غدا، أول أمس، الليلة الماضية، قبل أيام; اليوم الخميس and أمس (السبت) as one expression.</summary>
    private bool TryRelativeDay(int t, out Parsed parsed)
    {
        parsed = default;
        if (!Has(t, DateWordRole.RelativeDay, out WordHit hit))
        {
            return false;
        }

        int v = hit.End;
        if (Has(v, DateWordRole.NotTodayAfter) || Has(v, DateWordRole.Ordinal) || Has(t - 1, DateWordRole.NotTodayBefore))
        {
            return false; // اليوم التالي، اليوم الأول، ذلك اليوم: "the day", not "today"
        }

        if (hit.Word.A != hit.Word.B && Has(v, DateWordRole.Of))
        {
            return false; // قبل أيام من الهجوم: days before the attack, not before the reference
        }

        if (hit.Word.A == hit.Word.B && hit.End == t + 1 && IsNisbaAdjective(v))
        {
            return false; // اليوم العالمي، اليوم الأرضي، اليوم الدراسي
        }

        DayOfWeek? named = null;
        if (hit.Word.A == hit.Word.B)
        {
            if (Has(v, DateWordRole.Weekday, out WordHit weekday))
            {
                v = weekday.End; // اليوم الخميس، أمس الأربعاء
                named = (DayOfWeek)weekday.Word.A;
                if (TryExplicitDate(v, out parsed))
                {
                    return true; // اليوم السبت 24 ديسمبر 2016
                }
            }
            else if (IsPunctuation(v, '(') && Has(v + 1, DateWordRole.Weekday, out weekday) && IsPunctuation(weekday.End, ')'))
            {
                v = weekday.End + 1; // أمس (السبت)
                named = (DayOfWeek)weekday.Word.A;
            }
        }

        if (_reference is not { } reference)
        {
            parsed = Parsed.Unresolved(v);
            return true;
        }

        if (named is { } name && _publicationDay is { } calendar && calendar != reference
            && reference.AddDays(hit.Word.A).DayOfWeek != name && calendar.AddDays(hit.Word.A).DayOfWeek == name)
        {
            // Published in the small hours, the writer's "today" is most often the day before; a
            // weekday named with the day word tells when it was the calendar day (اليوم الخميس at 01:00 on a Thursday).
            reference = calendar;
        }

        parsed = Parsed.Relative(v, reference.AddDays(hit.Word.A), reference.AddDays(hit.Word.B), hit.Word.Precision);
        return true;
    }

    /// <summary>2 يونيو 2008، 19 أبريل/نيسان، الثاني من يونيو، 2 من الشهر الجاري، 10 محرم 1440 هـ.</summary>
    private bool TryDayOfMonth(int t, out Parsed parsed)
    {
        parsed = default;
        int day;
        int v;
        if (TryNumber(t, maxDigits: 2, out int number) && number is >= 1 and <= 31)
        {
            day = number;
            v = t + 1;
        }
        else if (Has(t, DateWordRole.Ordinal, out WordHit ordinal))
        {
            day = ordinal.Word.A;
            v = ordinal.End;
        }
        else
        {
            return false;
        }

        bool of = false;
        if (Has(v, DateWordRole.Of, out WordHit ofHit))
        {
            of = true;
            v = ofHit.End;
        }

        if (TryMonthName(v, cued: true, dayBefore: true, out MonthName month))
        {
            return ResolveMonth(month, day, out parsed);
        }

        // Day of a month named relatively: 2 من الشهر الجاري، 15 من هذا الشهر، 3 من الشهر الماضي.
        int offset;
        int end;
        if (Has(v, DateWordRole.This, out WordHit thisHit) && Has(thisHit.End, DateWordRole.Period, out WordHit period) && period.Word.A == (int)PeriodUnit.Month)
        {
            offset = 0;
            end = period.End;
        }
        else if (Has(v, DateWordRole.Period, out period) && period.Word.A == (int)PeriodUnit.Month)
        {
            if (Has(period.End, DateWordRole.Direction, out WordHit direction))
            {
                offset = direction.Word.A;
                end = direction.End;
            }
            else if (of)
            {
                offset = 0; // في 2 من الشهر: the current month
                end = period.End;
            }
            else
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (_reference is not { } reference)
        {
            parsed = Parsed.Unresolved(end);
            return true;
        }

        DateOnly monthStart = new DateOnly(reference.Year, reference.Month, 1).AddMonths(offset);
        DateOnly? date = DateArithmetic.Day(monthStart.Year, monthStart.Month, day);
        parsed = date is { } d ? Parsed.Relative(end, d, d, DatePrecision.Day) : Parsed.Unresolved(end);
        return true;
    }

    /// <summary>A month name with what may follow it, as a whole month (أبريل 2003، مارس/آذار الماضي، شهر رمضان).</summary>
    private bool TryMonthExpression(int t, bool cued, out Parsed parsed)
    {
        parsed = default;
        return TryMonthName(t, cued, dayBefore: false, out MonthName month) && ResolveMonth(month, day: null, out parsed);
    }

    /// <summary>
    /// [شهر] month [/ month] [[عام] year [era] | الماضي/المقبل/الجاري]. A name marked as needing a cue
    /// counts only after a day, شهر, في/منذ/حتى or a part word, before a year, or (Gregorian) with a
    /// direction or a double form; a Hijri name only after a day or شهر or before a year.
    /// </summary>
    private bool TryMonthName(int t, bool cued, bool dayBefore, out MonthName month)
    {
        month = default;
        int v = t;
        bool monthCue = false;
        if (Has(v, DateWordRole.MonthCue, out WordHit cue))
        {
            monthCue = true;
            v = cue.End;
        }

        if (!Has(v, DateWordRole.Month, out WordHit name))
        {
            return false;
        }

        var calendar = (DateCalendar)name.Word.B;
        int number = name.Word.A;
        v = name.End;
        bool doubleForm = false;
        if (TryAlternativeName(v, number, out int afterAlternative))
        {
            doubleForm = true;
            v = afterAlternative;
        }

        int? year = null;
        DateCalendar yearCalendar = calendar;
        int direction = 0;
        int? yearOffset = null;
        bool hasDirection = false;
        if (TryYearNumber(v, calendar, out int y, out DateCalendar yc, out int afterYear))
        {
            year = y;
            yearCalendar = yc;
            v = afterYear;
        }
        else if (Has(v, DateWordRole.Direction, out WordHit modifier))
        {
            direction = modifier.Word.A;
            hasDirection = true;
            v = modifier.End;
        }
        else if (calendar == DateCalendar.Gregorian && Has(v, DateWordRole.Of, out WordHit of))
        {
            // مارس من عام 2011، يناير من العام المقبل، نوفمبر من العام قبل الماضي، مايو من هذا العام.
            if (TryYearNumber(of.End, calendar, out y, out yc, out afterYear))
            {
                year = y;
                yearCalendar = yc;
                v = afterYear;
            }
            else if (TryRelativeYear(of.End, out int offset, out int afterRelative))
            {
                yearOffset = offset;
                v = afterRelative;
            }
        }

        if (name.Word.NeedsCue)
        {
            bool ok = calendar == DateCalendar.Hijri
                ? dayBefore || monthCue || year is not null
                : dayBefore || monthCue || cued || year is not null || yearOffset is not null || hasDirection || doubleForm;
            if (!ok)
            {
                return false;
            }
        }

        month = new MonthName(v, calendar, number, year, yearCalendar, direction, yearOffset);
        return true;
    }

    /// <summary>العام الماضي، السنة المقبلة، هذا العام، العام قبل الماضي: a year counted from the reference year.</summary>
    private bool TryRelativeYear(int t, out int offset, out int end)
    {
        offset = 0;
        end = t;
        if (Has(t, DateWordRole.This, out WordHit thisHit) && Has(thisHit.End, DateWordRole.Period, out WordHit period) && period.Word.A == (int)PeriodUnit.Year)
        {
            end = period.End;
            return true;
        }

        if (Has(t, DateWordRole.Period, out period) && period.Word.A == (int)PeriodUnit.Year && Has(period.End, DateWordRole.Direction, out WordHit direction))
        {
            offset = direction.Word.A;
            end = direction.End;
            return true;
        }

        return false;
    }

    /// <summary>The second name of a double form: أبريل/نيسان، أبريل/ نيسان، يوليو /تموز، أبريل (نيسان)، يونيو حزيران.</summary>
    private bool TryAlternativeName(int t, int number, out int end)
    {
        end = t;
        if (t >= _tokens.Length)
        {
            return false;
        }

        if (Has(t, DateWordRole.Month, out WordHit alternative))
        {
            // يونيو حزيران: the two names side by side.
            end = alternative.End;
            return alternative.Word.A == number && (DateCalendar)alternative.Word.B == DateCalendar.Gregorian;
        }

        bool bracket = IsPunctuation(t, '(');
        if (!IsPunctuation(t, '/') && !bracket)
        {
            return false;
        }

        if (!Has(t + 1, DateWordRole.Month, out alternative) || alternative.Word.A != number)
        {
            return false;
        }

        end = alternative.End;
        if (bracket)
        {
            if (!IsPunctuation(end, ')'))
            {
                return false;
            }

            end++;
        }

        return true;
    }

    /// <summary>[عام|سنة|العام] NNNN [هـ|م] after a month name. A Hijri month takes a year of 1300–1500 as Hijri
    /// unless marked م; any month takes a year marked هـ as Hijri.</summary>
    private bool TryYearNumber(int t, DateCalendar monthCalendar, out int year, out DateCalendar calendar, out int end)
    {
        year = 0;
        calendar = DateCalendar.Gregorian;
        end = t;
        int v = t;
        if (Has(v, DateWordRole.YearCue, out WordHit cue))
        {
            v = cue.End;
        }

        if (!TryNumber(v, maxDigits: 4, out year) || Digits(v) != 4)
        {
            return false;
        }

        end = v + 1;
        DateCalendar? era = null;
        if (Has(end, DateWordRole.Era, out WordHit eraHit))
        {
            era = (DateCalendar)eraHit.Word.A;
            end = eraHit.End;
        }

        calendar = era ?? (monthCalendar == DateCalendar.Hijri && year is >= 1300 and <= 1500 ? DateCalendar.Hijri : DateCalendar.Gregorian);
        return calendar == DateCalendar.Hijri || year is >= 1000 and <= 2999;
    }

    private bool ResolveMonth(in MonthName month, int? day, out Parsed parsed)
    {
        parsed = default;
        if (month.Calendar == DateCalendar.Gregorian)
        {
            int year;
            bool relative = month.Year is null;
            if (month.Year is { } given)
            {
                if (month.YearCalendar != DateCalendar.Gregorian)
                {
                    parsed = Parsed.Unresolved(month.End, relative: false); // مايو 1439 هـ: not one date
                    return true;
                }

                year = given;
            }
            else if (_reference is { } reference)
            {
                year = month.YearOffset is { } offset
                    ? reference.Year + offset
                    : DateArithmetic.YearOfMonth(reference, month.Month, month.Direction);
            }
            else
            {
                parsed = Parsed.Unresolved(month.End);
                return true;
            }

            if (day is { } d)
            {
                if (DateArithmetic.Day(year, month.Month, d) is not { } date)
                {
                    if (!relative)
                    {
                        return false; // 31 أبريل 2018 is no date
                    }

                    parsed = Parsed.Unresolved(month.End);
                    return true;
                }

                parsed = new Parsed(month.End, date, date, DatePrecision.Day, relative) { YearOmitted = relative && month.YearOffset is null };
                return true;
            }

            (DateOnly start, DateOnly end) = DateArithmetic.Month(year, month.Month);
            parsed = new Parsed(month.End, start, end, DatePrecision.Month, relative);
            return true;
        }

        // Hijri month.
        int? hijriYear;
        bool isRelative = false;
        if (month.Year is { } y)
        {
            hijriYear = month.YearCalendar == DateCalendar.Hijri ? y : DateArithmetic.HijriYearOfMonthIn(y, month.Month);
        }
        else if (_reference is { } reference)
        {
            isRelative = true;
            hijriYear = DateArithmetic.HijriYearOfMonth(reference, month.Month, month.Direction);
        }
        else
        {
            parsed = Parsed.Unresolved(month.End);
            return true;
        }

        if (hijriYear is not { } hy)
        {
            parsed = Parsed.Unresolved(month.End, isRelative);
            return true;
        }

        if (day is { } hd)
        {
            parsed = DateArithmetic.HijriDay(hy, month.Month, hd) is { } date
                ? new Parsed(month.End, date, date, DatePrecision.Day, isRelative) { YearOmitted = isRelative }
                : Parsed.Unresolved(month.End, isRelative);
            return true;
        }

        parsed = DateArithmetic.HijriMonth(hy, month.Month) is { } range
            ? new Parsed(month.End, range.Start, range.End, DatePrecision.Month, isRelative)
            : Parsed.Unresolved(month.End, isRelative);
        return true;
    }

    /// <summary>الأسبوع الماضي، الشهر الجاري، العام المقبل، هذا العام; after a part word a bare period (منتصف الشهر) is the current one.</summary>
    private bool TryPeriod(int t, bool partCued, out Parsed parsed)
    {
        parsed = default;
        PeriodUnit unit;
        int offset;
        int end;
        if (Has(t, DateWordRole.This, out WordHit thisHit) && Has(thisHit.End, DateWordRole.Period, out WordHit period))
        {
            unit = (PeriodUnit)period.Word.A;
            offset = 0;
            end = period.End;
        }
        else if (Has(t, DateWordRole.Period, out period))
        {
            unit = (PeriodUnit)period.Word.A;
            if (Has(period.End, DateWordRole.Direction, out WordHit direction))
            {
                // الأمين العام السابق، النائب العام الحالي: العام is an adjective there.
                if (unit == PeriodUnit.Year && Has(t - 1, DateWordRole.GeneralHead))
                {
                    return false;
                }

                offset = direction.Word.A;
                end = direction.End;
            }
            else if (partCued && !IsDefiniteWord(period.End))
            {
                offset = 0; // منتصف الشهر; but نهاية السنة المالية is no calendar year
                end = period.End;
            }
            else
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (_reference is not { } reference)
        {
            parsed = Parsed.Unresolved(end);
            return true;
        }

        switch (unit)
        {
            case PeriodUnit.Week:
                DateOnly weekStart = DateArithmetic.WeekStart(reference).AddDays(7 * offset);
                parsed = Parsed.Relative(end, weekStart, weekStart.AddDays(6), DatePrecision.Week);
                break;
            case PeriodUnit.Month:
                DateOnly monthStart = new DateOnly(reference.Year, reference.Month, 1).AddMonths(offset);
                parsed = Parsed.Relative(end, monthStart, monthStart.AddMonths(1).AddDays(-1), DatePrecision.Month);
                break;
            default:
                int year = reference.Year + offset;
                parsed = Parsed.Relative(end, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);
                break;
        }

        return true;
    }

    /// <summary>مطلع/منتصف/أواخر + a month, a year or a period: a part of it.</summary>
    private bool TryPart(int t, out Parsed parsed)
    {
        parsed = default;
        if (!Has(t, DateWordRole.Part, out WordHit part))
        {
            return false;
        }

        int v = part.End;
        bool found = false;
        Keep(ref found, ref parsed, TryMonthExpression(v, cued: true, out Parsed p), p);
        Keep(ref found, ref parsed, TryYear(v, Cue.Part, out p), p);
        Keep(ref found, ref parsed, TryPeriod(v, partCued: true, out p), p);
        if (!found)
        {
            return false;
        }

        if (parsed.Start is { } start && parsed.Last is { } last && parsed.Precision is { } precision)
        {
            (DateOnly s, DateOnly e, DatePrecision pr) = DateArithmetic.Part(start, last, precision, part.Word.A);
            parsed = parsed with { Start = s, Last = e, Precision = pr };
        }

        return true;
    }

    /// <summary>
    /// عام 2005، العام 2014، سنة 1979، 1439 هـ، 2018م. A bare year (1800–2100) counts after منذ/حتى or a part
    /// word unless a unit follows (منذ 2000 عام), and after في/خلال only when punctuation, a definite word,
    /// a conjunction or a listed function word follows (في 2009 ثم), not a counted noun (في 2000 منزل).
    /// </summary>
    private bool TryYear(int t, Cue cue, out Parsed parsed)
    {
        parsed = default;
        int v = t;
        bool strong = false;
        if (Has(t, DateWordRole.YearCue, out WordHit yearWord))
        {
            v = yearWord.End;
            strong = true;
        }

        if (!TryNumber(v, maxDigits: 4, out int year) || Digits(v) != 4)
        {
            return false;
        }

        int end = v + 1;
        DateCalendar calendar = DateCalendar.Gregorian;
        if (Has(end, DateWordRole.Era, out WordHit era))
        {
            calendar = (DateCalendar)era.Word.A;
            end = era.End;
            strong = true;
        }

        if (calendar == DateCalendar.Hijri)
        {
            parsed = DateArithmetic.HijriYear(year) is { } range
                ? new Parsed(end, range.Start, range.End, DatePrecision.Year, IsRelative: false)
                : Parsed.Unresolved(end, relative: false);
            return true;
        }

        bool plausible = strong
            ? year is >= 1000 and <= 2999
            : year is >= 1800 and <= 2100 && cue switch
            {
                Cue.Preposition => MayFollowBareYear(end),
                Cue.Boundary or Cue.Part => !Has(end, DateWordRole.YearCue) && !Has(end, DateWordRole.DayCue) && !Has(end, DateWordRole.MonthCue) && !Has(end, DateWordRole.Period),
                _ => false,
            };
        if (!plausible)
        {
            return false;
        }

        parsed = new Parsed(end, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year, IsRelative: false);
        return true;
    }

    /// <summary>30/5/2018، 30-5-2018، 30.5.2018، 2018-05-30، 2018/5/30 (day first unless the second number cannot be a month).</summary>
    private bool TryNumericDate(int t, out Parsed parsed)
    {
        parsed = default;
        if (t >= _tokens.Length || _tokens[t].Kind != TokenKind.Number)
        {
            return false;
        }

        ReadOnlySpan<char> key = Key(t);
        int a, b, c, lengthA, lengthC, end;
        int firstDot = key.IndexOf('.');
        if (firstDot > 0)
        {
            // 30.5.2018 is one number token.
            int secondDot = key[(firstDot + 1)..].IndexOf('.');
            if (secondDot < 0)
            {
                return false;
            }

            secondDot += firstDot + 1;
            ReadOnlySpan<char> pa = key[..firstDot];
            ReadOnlySpan<char> pb = key[(firstDot + 1)..secondDot];
            ReadOnlySpan<char> pc = key[(secondDot + 1)..];
            if (!ParseDigits(pa, out a) || !ParseDigits(pb, out b) || !ParseDigits(pc, out c))
            {
                return false;
            }

            lengthA = pa.Length;
            lengthC = pc.Length;
            end = t + 1;
        }
        else
        {
            if (t + 4 >= _tokens.Length)
            {
                return false;
            }

            char separator = IsPunctuation(t + 1, '/') ? '/' : IsPunctuation(t + 1, '-') ? '-' : '\0';
            if (separator == '\0' || !IsPunctuation(t + 3, separator)
                || _tokens[t + 1].SpaceBefore || _tokens[t + 2].SpaceBefore || _tokens[t + 3].SpaceBefore || _tokens[t + 4].SpaceBefore
                || !TryNumber(t, 4, out a) || !TryNumber(t + 2, 2, out b) || !TryNumber(t + 4, 4, out c))
            {
                return false;
            }

            lengthA = Digits(t);
            lengthC = Digits(t + 4);
            end = t + 5;
        }

        int day, month, year;
        if (lengthA == 4 && lengthC <= 2)
        {
            (year, month, day) = (a, b, c);
        }
        else if (lengthC == 4 && lengthA <= 2)
        {
            (day, month, year) = b > 12 && a <= 12 ? (b, a, c) : (a, b, c);
        }
        else
        {
            return false;
        }

        if (year is < 1000 or > 2999 || DateArithmetic.Day(year, month, day) is not { } date)
        {
            return false;
        }

        parsed = new Parsed(end, date, date, DatePrecision.Day, IsRelative: false);
        return true;
    }

    // ---------------------------------------------------------------- token helpers

    private bool TryNumber(int t, int maxDigits, out int value)
    {
        value = 0;
        if (t < 0 || t >= _tokens.Length || _tokens[t].Kind != TokenKind.Number)
        {
            return false;
        }

        ReadOnlySpan<char> key = Key(t);
        return key.Length <= maxDigits && ParseDigits(key, out value);
    }

    private int Digits(int t) => _tokens[t].Key.Length;

    private static bool ParseDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty || digits.Length > 4)
        {
            return false;
        }

        foreach (char c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private bool IsPunctuation(int t, char c) =>
        t >= 0 && t < _tokens.Length && _tokens[t].Kind is TokenKind.Punctuation or TokenKind.Bracket
        && _tokens[t].Key.Length == 1 && _text.Key[_tokens[t].Key.Start] == c;

    /// <summary>Whether token <paramref name="t"/> is written right after the mark of a hashtag (which is no token of its own).</summary>
    private bool IsHashtagged(int t) =>
        t >= 0 && t < _tokens.Length && _tokens[t].Key.Start > 0 && _text.Key[_tokens[t].Key.Start - 1] == '#';

    /// <summary>Whether token <paramref name="t"/> is the character <paramref name="c"/> written right against the next token.</summary>
    private bool IsGlued(int t, char c) =>
        IsPunctuation(t, c) && t + 1 < _tokens.Length && !_tokens[t + 1].SpaceBefore;

    /// <summary>An Arabic word with the article.</summary>
    private Languages.IMorphology Morphology => _lexicon.Language.Morphology;

    private bool IsDefiniteWord(int t)
    {
        if (t >= _tokens.Length || _tokens[t].Kind != TokenKind.Arabic)
        {
            return false;
        }

        ReadOnlySpan<char> word = Key(t);
        return word.Length > 3 && Morphology.IsDefinite(word);
    }

    /// <summary>A definite relational adjective (العالمي، الأرضي، الدراسية) that is no date word.</summary>
    private bool IsNisbaAdjective(int t)
    {
        if (!IsDefiniteWord(t) || Has(t, DateWordRole.Weekday) || Has(t, DateWordRole.Direction))
        {
            return false;
        }

        ReadOnlySpan<char> word = Key(t);
        return _lexicon.Language.Morphology.EndsAsRelationalAdjective(word);
    }

    /// <summary>Whether the token after a bare year fits a year rather than a count: none, punctuation, a
    /// definite word, a word with the conjunction و/ف, or a listed function word (ثم، حيث، بعد).</summary>
    private bool MayFollowBareYear(int t)
    {
        if (t >= _tokens.Length || !_tokens[t].IsWord || Has(t, DateWordRole.YearFollower))
        {
            return true;
        }

        ReadOnlySpan<char> word = Key(t);
        return word.Length > 2 && (Morphology.IsConjunction(word[0]) || Morphology.IsDefinite(word));
    }

    /// <summary>What stands before a date expression.</summary>
    private enum Cue
    {
        None,

        /// <summary>في، خلال.</summary>
        Preposition,

        /// <summary>منذ، حتى.</summary>
        Boundary,

        /// <summary>مطلع، منتصف، أواخر.</summary>
        Part,
    }

    /// <summary>A vocabulary phrase starting at a token: its meaning, the token after it, and the proclitic characters peeled from its first word.</summary>
    private readonly record struct WordHit(DateWord Word, int End, int Skip);

    /// <summary>A month name and what was read with it, before resolution.</summary>
    private readonly record struct MonthName(int End, DateCalendar Calendar, int Month, int? Year, DateCalendar YearCalendar, int Direction, int? YearOffset);

    /// <summary>A parsed expression ending before token <see cref="End"/>, resolved when <see cref="Start"/> is set.</summary>
    private readonly record struct Parsed(int End, DateOnly? Start, DateOnly? Last, DatePrecision? Precision, bool IsRelative)
    {
        /// <summary>A day of a month named without a year, whose year the reference gave.</summary>
        public bool YearOmitted { get; init; }

        public static Parsed Relative(int end, DateOnly start, DateOnly last, DatePrecision precision) => new(end, start, last, precision, true);

        public static Parsed Unresolved(int end, bool relative = true) => new(end, null, null, null, relative);
    }
}
