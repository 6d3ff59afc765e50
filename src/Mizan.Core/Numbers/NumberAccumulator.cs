namespace Mizan.Numbers;

/// <summary>
/// The value of a number read word by word, in Arabic order: units before tens
/// (خمسة وعشرون), hundreds and scales before what they multiply or precede
/// (ثلاثمئة وخمسون ألفا وأربعمئة). Words joined without و multiply or complete a teen;
/// words joined with و add. A mutable value type local to one parse.
/// </summary>
internal struct NumberAccumulator
{
    private decimal _total;
    private decimal _group;
    private decimal _lastScale;
    private int _groupAtoms;

    /// <summary>What the last word read was.</summary>
    public Atom Last { get; private set; }

    /// <summary>The last scale read (ألف: 1000), or <see cref="decimal.MaxValue"/> before any.</summary>
    public readonly decimal LastScale => _lastScale;

    /// <summary>The value read so far.</summary>
    public readonly decimal Value => _total + _group;

    /// <summary>Kinds of word in the grammar, as far as what may follow them.</summary>
    public enum Atom : byte
    {
        Digits,
        Unit,
        TeenHead,
        Teen,
        Ten,
        Hundred,
        Scale,
    }

    /// <summary>Starts with digits: 150, 1.5 (before مليون).</summary>
    public static NumberAccumulator FromDigits(decimal value) => new()
    {
        _group = value,
        _lastScale = decimal.MaxValue,
        _groupAtoms = 1,
        Last = Atom.Digits,
    };

    /// <summary>Starts with a word; false for words that cannot start a number (آلاف alone).</summary>
    public static bool TryStart(NumberWord word, out NumberAccumulator accumulator)
    {
        accumulator = new NumberAccumulator { _lastScale = decimal.MaxValue };
        if (word.Kind == NumberWordKind.Scale)
        {
            if (word.Form == NumberWordForm.Plural)
            {
                return false;
            }

            accumulator._total = word.StandaloneValue;
            accumulator._lastScale = word.Value;
            accumulator.Last = Atom.Scale;
            return true;
        }

        accumulator._group = word.Value;
        accumulator._groupAtoms = 1;
        accumulator.Last = AtomOf(word);
        return true;
    }

    /// <summary>A word right after the previous one, without و: a teen's عشر, مئة after a unit, or a scale.</summary>
    public bool TryJoin(NumberWord word)
    {
        if (word.Form == NumberWordForm.TeenTail && Last is Atom.Unit or Atom.TeenHead)
        {
            _group += 10;
            Last = Atom.Teen;
            return true;
        }

        if (word.Form == NumberWordForm.Multiplier && Last == Atom.Unit && _groupAtoms == 1 && _group is >= 3 and <= 9)
        {
            _group *= word.Value;
            Last = Atom.Hundred;
            return true;
        }

        if (word.Kind == NumberWordKind.Scale && word.Form != NumberWordForm.Dual && _group > 0
            && Last != Atom.TeenHead && word.Value < _lastScale)
        {
            _total += _group * word.Value;
            _group = 0;
            _groupAtoms = 0;
            _lastScale = word.Value;
            Last = Atom.Scale;
            return true;
        }

        return false;
    }

    /// <summary>A word after و: tens after a unit (or after أحد/إحدى: إحدى وعشرون), anything smaller after a hundred or a scale.</summary>
    public bool TryAdd(NumberWord word)
    {
        switch (Last)
        {
            case Atom.Unit or Atom.TeenHead when word.Kind == NumberWordKind.Ten && word.Value >= 20:
            case Atom.Hundred when word.Kind is NumberWordKind.Unit or NumberWordKind.TeenHead or NumberWordKind.Ten:
                _group += word.Value;
                _groupAtoms++;
                Last = AtomOf(word);
                return true;
            case Atom.Scale when word.Kind is NumberWordKind.Unit or NumberWordKind.TeenHead or NumberWordKind.Ten or NumberWordKind.Hundred:
                _group = word.Value;
                _groupAtoms = 1;
                Last = AtomOf(word);
                return true;
            case Atom.Scale when word.Kind == NumberWordKind.Scale && word.Form != NumberWordForm.Plural && word.Value < _lastScale:
                _total += word.StandaloneValue;
                _lastScale = word.Value;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Digits after و, after a scale word: ألفا و200.</summary>
    public bool TryAddDigits(decimal value)
    {
        if (Last != Atom.Scale || value <= 0 || value >= _lastScale)
        {
            return false;
        }

        _group = value;
        _groupAtoms = 1;
        Last = Atom.Digits;
        return true;
    }

    private static Atom AtomOf(NumberWord word) => word.Kind switch
    {
        NumberWordKind.Unit => Atom.Unit,
        NumberWordKind.TeenHead => Atom.TeenHead,
        NumberWordKind.Ten => Atom.Ten,
        NumberWordKind.Hundred => Atom.Hundred,
        _ => Atom.Scale,
    };
}
