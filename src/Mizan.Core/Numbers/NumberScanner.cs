using System.Collections.Immutable;
using Mizan.Lexicons;
using Mizan.Morphology;
using Mizan.Text;
using Mizan.Tokenization;

namespace Mizan.Numbers;

/// <summary>
/// One pass of the number recogniser over one text: reads the quantity that starts at a
/// token, the modifiers around it, its unit or counted noun. Lives for one call of
/// <see cref="NumberRecognizer.Recognize"/>.
/// </summary>
internal sealed class NumberScanner
{
    private const char Waw = '\u0648';
    private const char Fa = '\u0641';
    private const char Sin = '\u0633';
    private const char Lam = '\u0644';
    private const decimal MaxValue = 1_000_000_000_000_000m;

    private readonly NumberLexicon _lexicon;
    private readonly NormalizedText _text;
    private readonly ImmutableArray<Token> _tokens;
    private readonly int _count;

    public NumberScanner(NumberLexicon lexicon, NormalizedText text, ImmutableArray<Token> tokens)
    {
        _lexicon = lexicon;
        _text = text;
        _tokens = tokens;
        _count = tokens.Length;
    }

    /// <summary>
    /// Reads the mention that starts at token <paramref name="i"/>, if any, and returns the
    /// token to go on from.
    /// </summary>
    public int At(int i, out NumberMention? mention)
    {
        mention = null;
        Token token = _tokens[i];
        Quantity quantity;
        if (token.Kind == TokenKind.Number)
        {
            return TryDigits(i, out quantity) ? Finish(quantity, null, i, quantity.SpanStart, null, out mention) : i + 1;
        }

        if (token.Kind != TokenKind.Arabic || !MayStart(_lexicon.StartIndex, _lexicon.StartGate, i)
            || !_lexicon.StartIndex.TryMatchAt(_text, _tokens, i, _count, out PhraseMatch<NumberLexeme> match)
            || IsPrepositionWithPronoun(match))
        {
            return i + 1;
        }

        NumberModifier? before = BeforeModifier(match);
        if (before is not null && match.EndToken < _count && TryQuantity(match.EndToken, allowClitics: false, out quantity))
        {
            if (before.Bound != NumberBound.Range)
            {
                return Finish(quantity, before, i, match.Span.Start, null, out mention);
            }

            if (TryRangeEnd(quantity, out Quantity upper))
            {
                if (IsYear(quantity) && IsYear(upper))
                {
                    return upper.End; // بين 2011 و2014: calendar years
                }

                return Finish(quantity, before, i, match.Span.Start, upper, out mention);
            }

            // بين without a second number: read the first one on its own.
            return Finish(quantity, null, quantity.First, quantity.SpanStart, null, out mention);
        }

        return TryFromMatch(i, match, allowClitics: true, out quantity)
            ? Finish(quantity, null, i, quantity.SpanStart, null, out mention)
            : i + 1;
    }

    /// <summary>
    /// A one-word vague amount in ة read through a proclitic from a word written with ه: وبعده is
    /// "and after it" (بعد + ه), not "with several" (ب + عدة). The key folds ة to ه; the writing
    /// tells them apart.
    /// </summary>
    private bool IsPrepositionWithPronoun(in PhraseMatch<NumberLexeme> match) =>
        match.Values[0] is VagueAmount { Phrase: [.., '\u0629'] }
        && match.Reading.PrefixLength > 0
        && match.EndToken == match.FirstToken + 1
        && _text.Original[match.Span.End - 1] == '\u0647';

    private static NumberModifier? BeforeModifier(in PhraseMatch<NumberLexeme> match)
    {
        if (match.SuffixLength != 0 || match.Reading.SuffixLength != 0)
        {
            return null;
        }

        foreach (NumberLexeme lexeme in match.Values)
        {
            if (lexeme is NumberModifier { Position: ModifierPosition.Before } modifier)
            {
                return modifier;
            }
        }

        return null;
    }

    private bool TryQuantity(int i, bool allowClitics, out Quantity quantity)
    {
        quantity = default;
        Token token = _tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            return TryDigits(i, out quantity);
        }

        return token.Kind == TokenKind.Arabic
            && MayStart(_lexicon.StartIndex, _lexicon.StartGate, i)
            && _lexicon.StartIndex.TryMatchAt(_text, _tokens, i, _count, out PhraseMatch<NumberLexeme> match)
            && TryFromMatch(i, match, allowClitics, out quantity);
    }

    private bool TryDigits(int i, out Quantity quantity)
    {
        quantity = default;
        Token token = _tokens[i];
        bool scaleFollows = i + 1 < _count && _tokens[i + 1].Kind == TokenKind.Arabic
            && _lexicon.TryGetWord(KeyOf(i + 1), out NumberWord? next) && next.Kind == NumberWordKind.Scale;
        if (!DigitNumerals.TryParse(KeyOf(i), scaleFollows, out decimal value))
        {
            return false;
        }

        NumberAccumulator accumulator = NumberAccumulator.FromDigits(value);
        int end = Continue(ref accumulator, i + 1);
        if (accumulator.Value > MaxValue)
        {
            return false;
        }

        quantity = new Quantity
        {
            First = i,
            End = end,
            SpanStart = token.Span.Start,
            Value = accumulator.Value,
            IsBareDigits = end == i + 1,
        };
        return true;
    }

    private bool TryFromMatch(int i, in PhraseMatch<NumberLexeme> match, bool allowClitics, out Quantity quantity)
    {
        quantity = default;
        CliticReading reading = match.Reading;
        if (reading.SuffixLength != 0 || match.SuffixLength != 0 || reading.RestoresAlef || (!allowClitics && reading.PrefixLength > 0))
        {
            return false;
        }

        ReadOnlySpan<char> word = KeyOf(i);
        if (match.TokenCount == 1 && reading.PrefixLength == 0 && IsWawBeforeHamza(i)
            && _lexicon.TryGetWord(word[1..], out NumberWord? afterWaw))
        {
            // وأحد، وإحدى: the original writes a hamza, so this is و + أحد, not واحد.
            return (afterWaw.Kind != NumberWordKind.TeenHead || TeenHeadFits(afterWaw, i + 1))
                && TryFromWord(i, afterWaw, _text.ToOriginal(_tokens[i].Key.Start + 1), out quantity);
        }

        if (match.TokenCount == 1)
        {
            foreach (NumberLexeme lexeme in match.Values)
            {
                if (lexeme is NumberWord number && ReadingFits(number, reading, word)
                    && (number.Kind != NumberWordKind.TeenHead || TeenHeadFits(number, i + 1))
                    && NumberAccumulator.TryStart(number, out _))
                {
                    // The article belongs to the number (الثلاثة); other proclitics stay out of the span.
                    int spanStart = reading.StripsArticle
                        ? _text.ToOriginal(_tokens[i].Key.Start + reading.PrefixLength - 2)
                        : match.Span.Start;
                    return TryFromWord(i, number, spanStart, out quantity);
                }
            }
        }

        if (reading.StripsArticle)
        {
            return false; // vague amounts and duals with the article are listed as such (العشرات)
        }

        foreach (NumberLexeme lexeme in match.Values)
        {
            if (lexeme is VagueAmount vague)
            {
                quantity = new Quantity
                {
                    First = i,
                    End = match.EndToken,
                    SpanStart = match.Span.Start,
                    IsVague = true,
                    VagueLow = vague.Low,
                    VagueHigh = vague.High,
                };
                return true;
            }
        }

        foreach (NumberLexeme lexeme in match.Values)
        {
            if (lexeme is DualNoun dual)
            {
                int end = match.EndToken;
                if (end < _count && _tokens[end].Kind == TokenKind.Arabic && _lexicon.TryGetWord(KeyOf(end), out NumberWord? two)
                    && two.Kind == NumberWordKind.Unit && two.Value == 2)
                {
                    end++; // جنديين اثنين
                }

                quantity = new Quantity
                {
                    First = i,
                    End = end,
                    SpanStart = match.Span.Start,
                    Value = 2,
                    Unit = dual.Unit,
                    Counted = i,
                };
                return true;
            }
        }

        return false;
    }

    /// <summary>A number that starts with <paramref name="number"/> at token <paramref name="i"/>.</summary>
    private bool TryFromWord(int i, NumberWord number, int spanStart, out Quantity quantity)
    {
        quantity = default;
        if (!NumberAccumulator.TryStart(number, out NumberAccumulator accumulator))
        {
            return false;
        }

        int end = Continue(ref accumulator, i + 1);
        if (accumulator.Value > MaxValue)
        {
            return false;
        }

        quantity = new Quantity { First = i, End = end, SpanStart = spanStart, Value = accumulator.Value };
        return true;
    }

    /// <summary>Whether the token is و + a hamza on alef in the original (وأحد، وإحدى).</summary>
    private bool IsWawBeforeHamza(int i)
    {
        Token token = _tokens[i];
        if (token.Key.Length < 3 || _text.Key[token.Key.Start] != Waw)
        {
            return false;
        }

        int second = _text.ToOriginal(token.Key.Start + 1);
        return _text.Original[second] is '\u0623' or '\u0625';
    }

    /// <summary>
    /// Whether a number word may be read with these proclitics: never with the article unless
    /// the lexicon allows it (الاثنين is Monday), never with the future particle س, and a
    /// two-letter word (ست) never after ل (لست is "I am not").
    /// </summary>
    private static bool ReadingFits(NumberWord number, CliticReading reading, ReadOnlySpan<char> word)
    {
        if (reading.StripsArticle && !number.TakesArticle)
        {
            return false;
        }

        ReadOnlySpan<char> prefix = word[..reading.PrefixLength];
        if (prefix.Contains(Sin))
        {
            return false;
        }

        if (reading.StemLength(word.Length) <= 2)
        {
            return !prefix.Contains(Lam);
        }

        return true;
    }

    /// <summary>أحد، إحدى، اثنا، اثني are numbers only before عشر/عشرة, or (أحد، إحدى) before و + a ten: إحدى وعشرون.</summary>
    private bool TeenHeadFits(NumberWord head, int next)
    {
        if (TeenTailAt(next))
        {
            return true;
        }

        if (head.Value != 1 || next >= _count || _tokens[next].Kind != TokenKind.Arabic)
        {
            return false;
        }

        ReadOnlySpan<char> key = KeyOf(next);
        return key.Length >= 3 && key[0] == Waw && _lexicon.TryGetWord(key[1..], out NumberWord? ten)
            && ten.Kind == NumberWordKind.Ten && ten.Value >= 20;
    }

    private bool TeenTailAt(int t) =>
        t < _count && _tokens[t].Kind == TokenKind.Arabic && _lexicon.TryGetWord(KeyOf(t), out NumberWord? word) && word.Form == NumberWordForm.TeenTail;

    /// <summary>Reads the words of a compound number after its first word; returns the token after it.</summary>
    private int Continue(ref NumberAccumulator accumulator, int t)
    {
        while (t < _count)
        {
            Token token = _tokens[t];
            if (token.Kind != TokenKind.Arabic)
            {
                break;
            }

            ReadOnlySpan<char> key = KeyOf(t);
            // وأحد has the key of واحد: when the whole word does not join, try it as و + word.
            if (_lexicon.TryGetWord(key, out NumberWord? joined) && joined.Kind != NumberWordKind.TeenHead && accumulator.TryJoin(joined))
            {
                t++;
                continue;
            }

            if (key.Length >= 3 && key[0] == Waw && _lexicon.TryGetWord(key[1..], out NumberWord? added))
            {
                if ((added.Kind == NumberWordKind.TeenHead && !TeenHeadFits(added, t + 1))
                    || LargerScaleAt(t + 1, accumulator.LastScale) || !accumulator.TryAdd(added))
                {
                    break;
                }

                t++;
                continue;
            }

            if (key.Length == 1 && key[0] == Waw && accumulator.Last == NumberAccumulator.Atom.Scale
                && t + 1 < _count && _tokens[t + 1].Kind == TokenKind.Number)
            {
                bool scaleFollows = t + 2 < _count && _tokens[t + 2].Kind == TokenKind.Arabic
                    && _lexicon.TryGetWord(KeyOf(t + 2), out NumberWord? scale) && scale.Kind == NumberWordKind.Scale;
                if (LargerScaleAt(t + 2, accumulator.LastScale)
                    || !DigitNumerals.TryParse(KeyOf(t + 1), scaleFollows, out decimal digits) || !accumulator.TryAddDigits(digits))
                {
                    break;
                }

                t += 2;
                continue;
            }

            break;
        }

        return t;
    }

    /// <summary>
    /// Whether a scale word at least as large as the last one follows: then what comes after و
    /// starts a second number (بين 3 ملايين و50 مليونا), it does not add to the first.
    /// </summary>
    private bool LargerScaleAt(int t, decimal lastScale) =>
        t < _count && _tokens[t].Kind == TokenKind.Arabic && _lexicon.TryGetWord(KeyOf(t), out NumberWord? scale)
        && scale.Kind == NumberWordKind.Scale && scale.Value >= lastScale;

    /// <summary>The second number of بين X و Y.</summary>
    private bool TryRangeEnd(in Quantity lower, out Quantity upper)
    {
        upper = default;
        int t = lower.End;
        if (lower.IsVague || lower.Unit is not null || t >= _count || _tokens[t].Kind != TokenKind.Arabic)
        {
            return false;
        }

        ReadOnlySpan<char> key = KeyOf(t);
        bool found;
        if (key.Length == 1 && key[0] == Waw)
        {
            found = t + 1 < _count && _tokens[t + 1].Kind == TokenKind.Number && TryDigits(t + 1, out upper);
        }
        else
        {
            found = key.Length >= 3 && key[0] == Waw
                && MayStart(_lexicon.StartIndex, _lexicon.StartGate, t)
                && _lexicon.StartIndex.TryMatchAt(_text, _tokens, t, _count, out PhraseMatch<NumberLexeme> match)
                && match.Reading.PrefixLength == 1
                && TryFromMatch(t, match, allowClitics: true, out upper);
        }

        return found && !upper.IsVague && upper.Unit is null && upper.Value >= lower.Value;
    }

    /// <summary>Completes a mention: calendar check, unit, counted noun, trailing modifier, bounds.</summary>
    private int Finish(in Quantity quantity, NumberModifier? modifier, int first, int spanStart, Quantity? upper, out NumberMention? mention)
    {
        mention = null;
        if (modifier is null && TrySkipCalendar(quantity, out int skipTo))
        {
            return skipTo;
        }

        if (modifier is null && IsOrdinalTail(quantity))
        {
            return quantity.End; // الحادي عشر، القرن التاسع عشر
        }

        Quantity last = upper ?? quantity;
        int end = last.End;
        string? unit = last.Unit;
        int? counted = last.Counted;
        if (counted is null && TryUnitAt(end, out UnitWord? unitWord, out int unitEnd))
        {
            unit = unitWord.Unit;
            counted = end;
            end = unitEnd;
        }

        if (unit == "year" && HasRoleBefore(first, NumberContextRole.AgeBefore))
        {
            unit = "age";
        }

        counted ??= unit is null ? CountedNounAt(end) : null;
        if (unit is null && counted is int noun && noun > end && HasWordRole(noun, NumberContextRole.AgeBefore))
        {
            unit = "age"; // في الـ20 من عمره
        }

        if (modifier is null && unit is null && counted is null && IsYear(quantity))
        {
            return end; // a bare year with nothing counted: في دورة 2006 قد
        }

        if (modifier is null && TryTrailingModifier(end, counted, out NumberModifier? trailing, out int trailingEnd))
        {
            modifier = trailing;
            end = trailingEnd;
        }

        long low;
        long? high;
        NumberKind kind;
        decimal? fraction = null;
        if (quantity.IsVague)
        {
            (low, high, kind) = (quantity.VagueLow, quantity.VagueHigh, NumberKind.Vague);
        }
        else
        {
            decimal value = quantity.Value;
            decimal top = last.Value;
            if (decimal.Truncate(value) != value)
            {
                fraction = value;
            }

            (low, high, kind) = ((long)decimal.Floor(value), (long)decimal.Ceiling(top), NumberKind.Exact);
        }

        switch (modifier?.Bound)
        {
            case NumberBound.AtLeast:
                (high, kind) = (null, NumberKind.AtLeast);
                break;
            case NumberBound.AtMost:
                // "up to N" reports some, not none: 1 to N, as the annotation guide reads it.
                (low, kind) = (Math.Min(1, low), NumberKind.AtMost);
                break;
            case NumberBound.Approximate when kind == NumberKind.Exact:
                kind = NumberKind.Approximate;
                break;
            case NumberBound.Range when upper is not null:
                kind = NumberKind.Range;
                break;
            default:
                break;
        }

        var span = new TextSpan(spanStart, _tokens[end - 1].Span.End);
        mention = new NumberMention(span, low, high, kind, first, end, unit, counted, fraction);
        return end;
    }

    private bool IsOrdinalTail(in Quantity quantity) =>
        !quantity.IsVague && quantity.Counted is null && quantity.First > 0
        && _lexicon.TryGetWord(KeyOf(quantity.First), out NumberWord? word) && word.Form == NumberWordForm.TeenTail
        && HasRoleBefore(quantity.First, NumberContextRole.OrdinalBefore);

    private bool IsYear(in Quantity quantity) =>
        quantity.IsBareDigits && KeyOf(quantity.First).Length == 4 && quantity.Value is >= 1900 and <= 2100;

    /// <summary>
    /// Whether bare digits are part of a date, a time or a name rather than a quantity, and
    /// where to go on from. Left to the date recogniser: 30/5/2018 and 10:30; a year after
    /// عام، سنة، في، منذ or a month name, or before م/هـ, or alone before punctuation;
    /// a day before a month name or من الشهر; the hour after الساعة. Glued to Latin letters
    /// or a hyphenated word (F16، كوفيد-19), digits are part of a name.
    /// </summary>
    private bool TrySkipCalendar(in Quantity quantity, out int skipTo)
    {
        skipTo = quantity.End;
        if (!quantity.IsBareDigits)
        {
            return false;
        }

        int f = quantity.First;
        Token token = _tokens[f];
        if (!token.SpaceBefore && f > 0)
        {
            Token previous = _tokens[f - 1];
            if (previous.Kind == TokenKind.Latin
                || (IsSeparator(f - 1) && !previous.SpaceBefore && f >= 2 && _tokens[f - 2].Kind is TokenKind.Arabic or TokenKind.Latin or TokenKind.Number))
            {
                return true;
            }
        }

        int chainEnd = f + 1;
        int parts = 1;
        bool fourDigits = KeyOf(f).Length == 4;
        bool hyphen = false;
        while (chainEnd + 1 < _count && IsSeparator(chainEnd) && !_tokens[chainEnd].SpaceBefore
            && _tokens[chainEnd + 1].Kind == TokenKind.Number && !_tokens[chainEnd + 1].SpaceBefore)
        {
            hyphen |= KeyOf(chainEnd)[0] == '-';
            fourDigits |= KeyOf(chainEnd + 1).Length == 4;
            parts++;
            chainEnd += 2;
        }

        if (parts > 1 && (!hyphen || parts > 2 || fourDigits))
        {
            skipTo = chainEnd;
            return true;
        }

        if (HasRoleBefore(f, NumberContextRole.ClockBefore) || HasRoleBefore(f, NumberContextRole.LabelBefore))
        {
            return true; // الساعة 10; طائرة بوينغ 737، القرار 2254: a time or a name, no quantity
        }

        decimal value = quantity.Value;
        if (KeyOf(f).Length == 4 && value is >= 1000 and <= 2100)
        {
            if (HasRoleAt(f + 1, NumberContextRole.YearAfter, out int yearEnd))
            {
                skipTo = yearEnd;
                return true;
            }

            if (value >= 1900 && (HasRoleBefore(f, NumberContextRole.YearBefore) || HasRoleBefore(f, NumberContextRole.Month)
                || f + 1 == _count || _tokens[f + 1].Kind is TokenKind.Punctuation or TokenKind.Bracket or TokenKind.Quote))
            {
                return true;
            }
        }

        return value is >= 1 and <= 31 && decimal.Truncate(value) == value
            && (HasRoleAt(f + 1, NumberContextRole.DayAfter, out _) || HasRoleAt(f + 1, NumberContextRole.Month, out _));
    }

    private bool IsSeparator(int t) =>
        _tokens[t].Kind == TokenKind.Punctuation && KeyOf(t) is "/" or ":" or "-" or "\\";

    private bool TryUnitAt(int t, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out UnitWord? unit, out int end)
    {
        unit = null;
        end = t;
        if (t >= _count)
        {
            return false;
        }

        Token token = _tokens[t];
        if (token.Kind == TokenKind.Punctuation)
        {
            ReadOnlySpan<char> key = KeyOf(t);
            if (key.Length == 1 && _lexicon.SymbolUnits.TryGetValue(key[0], out unit))
            {
                end = t + 1;
                return true;
            }

            return false;
        }

        if (token.Kind is TokenKind.Arabic or TokenKind.Latin
            && MayStart(_lexicon.UnitIndex, _lexicon.UnitGate, t)
            && _lexicon.UnitIndex.TryMatchAt(_text, _tokens, t, _count, out PhraseMatch<UnitWord> match)
            && match.Reading.PrefixLength == 0 && match.Reading.SuffixLength == 0 && match.SuffixLength == 0)
        {
            unit = match.Values[0];
            end = match.EndToken;
            return true;
        }

        return false;
    }

    /// <summary>The counted noun right after a number (20 متمردا) or after من (ألف من التوارق).</summary>
    private int? CountedNounAt(int t)
    {
        if (t >= _count || _tokens[t].Kind != TokenKind.Arabic)
        {
            return null;
        }

        if (HasWordRole(t, NumberContextRole.Partitive))
        {
            int noun = t + 1;
            return noun < _count && _tokens[noun].Kind == TokenKind.Arabic && CouldBeNoun(noun) ? noun : null;
        }

        return CouldBeNoun(t) ? t : null;
    }

    private bool CouldBeNoun(int t)
    {
        ReadOnlySpan<char> key = KeyOf(t);
        if (HasWordRole(t, NumberContextRole.NotNoun) || HasWordRole(t, NumberContextRole.Partitive) || _lexicon.TryGetWord(key, out _)
            || (key.Length >= 3 && key[0] == Waw && _lexicon.TryGetWord(key[1..], out _)))
        {
            return false; // another number (ثلاثة وخمسة) is not what the first one counts
        }

        // و or ف + a verb prefix or the article starts a new clause: 20 وأصيب، 3 والقتلى.
        return !(key.Length >= 3 && key[0] is Waw or Fa && key[1] is '\u0627' or '\u064A' or '\u062A' or '\u0646');
    }

    /// <summary>
    /// A modifier after the number, after its unit, or after its counted noun and at most one
    /// more word (ثمانية جنود ماليين على الأقل); not when a number follows it (then it is the
    /// next number's modifier).
    /// </summary>
    private bool TryTrailingModifier(int end, int? counted, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out NumberModifier? modifier, out int modifierEnd)
    {
        modifier = null;
        modifierEnd = end;
        if (TryAfterModifierAt(end, out modifier, out modifierEnd))
        {
            return true;
        }

        if (counted is not int noun || noun < end)
        {
            return false;
        }

        if (TryAfterModifierAt(noun + 1, out modifier, out modifierEnd))
        {
            return true;
        }

        int adjective = noun + 1;
        return adjective < _count && _tokens[adjective].Kind == TokenKind.Arabic && KeyOf(adjective)[0] is not (Waw or Fa)
            && CouldBeNoun(adjective)
            && TryAfterModifierAt(adjective + 1, out modifier, out modifierEnd);
    }

    private bool TryAfterModifierAt(int t, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out NumberModifier? modifier, out int end)
    {
        modifier = null;
        end = t;
        if (t >= _count || _tokens[t].Kind != TokenKind.Arabic
            || !MayStart(_lexicon.AfterIndex, _lexicon.AfterGate, t)
            || !_lexicon.AfterIndex.TryMatchAt(_text, _tokens, t, _count, out PhraseMatch<NumberModifier> match)
            || match.Reading.PrefixLength != 0 || match.Reading.SuffixLength != 0 || match.SuffixLength != 0)
        {
            return false;
        }

        int next = match.EndToken;
        if (next < _count && (_tokens[next].Kind == TokenKind.Number
            || (_tokens[next].Kind == TokenKind.Arabic && _lexicon.TryGetWord(KeyOf(next), out _))))
        {
            return false;
        }

        modifier = match.Values[0];
        end = next;
        return true;
    }

    /// <summary>Whether the one or two tokens before <paramref name="t"/> form a context phrase with this role.</summary>
    private bool HasRoleBefore(int t, NumberContextRole role)
    {
        for (int start = t - 1; start >= 0 && start >= t - 2; start--)
        {
            if (_tokens[start].Kind == TokenKind.Arabic
                && MayStart(_lexicon.ContextIndex, _lexicon.ContextGate, start)
                && _lexicon.ContextIndex.TryMatchAt(_text, _tokens, start, t, out PhraseMatch<NumberContextWord> match)
                && match.EndToken == t && HasRole(match, role))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasRoleAt(int t, NumberContextRole role, out int end)
    {
        end = t;
        if (t < _count && _tokens[t].Kind == TokenKind.Arabic
            && MayStart(_lexicon.ContextIndex, _lexicon.ContextGate, t)
            && _lexicon.ContextIndex.TryMatchAt(_text, _tokens, t, _count, out PhraseMatch<NumberContextWord> match)
            && HasRole(match, role))
        {
            end = match.EndToken;
            return true;
        }

        return false;
    }

    private bool HasWordRole(int t, NumberContextRole role) =>
        _tokens[t].Kind == TokenKind.Arabic
        && MayStart(_lexicon.ContextIndex, _lexicon.ContextGate, t)
        && _lexicon.ContextIndex.TryMatchAt(_text, _tokens, t, t + 1, out PhraseMatch<NumberContextWord> match)
        && match.Reading.SuffixLength == 0 && HasRole(match, role)
        && (role != NumberContextRole.Partitive || match.Reading.PrefixLength == 0);

    private static bool HasRole(in PhraseMatch<NumberContextWord> match, NumberContextRole role)
    {
        foreach (NumberContextWord word in match.Values)
        {
            if (word.Role == role)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether token <paramref name="t"/> may start an entry of <paramref name="index"/>: the
    /// index's own first-word check (on the readings every index shares), then the gate.
    /// </summary>
    private bool MayStart<T>(PhraseIndex<T> index, FirstWordGate gate, int t) =>
        index.MayStartAt(_text, _tokens, t) && gate.MayStart(KeyOf(t));

    private ReadOnlySpan<char> KeyOf(int t) => _text.Key.AsSpan(_tokens[t].Key.Start, _tokens[t].Key.Length);

    /// <summary>A quantity before its unit, counted noun and trailing modifier.</summary>
    private struct Quantity
    {
        public int First;
        public int End;
        public int SpanStart;
        public decimal Value;
        public bool IsVague;
        public long VagueLow;
        public long? VagueHigh;
        public bool IsBareDigits;
        public string? Unit;
        public int? Counted;
    }
}
