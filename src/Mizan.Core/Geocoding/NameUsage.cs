using Mizan.Lexicons;
using Mizan.Resources;

namespace Mizan.Geocoding;

/// <summary>
/// How the gazetteer's Arabic names are used in news text (<c>data/geo/name-usage.tsv</c>,
/// counted by <c>tools/Mizan.NameUsage</c>): whether a word that reads as proclitics + a name is
/// in fact a word of its own (كبرى is not ك + برى, وكيل is not و + كيل), and whether a name is
/// mostly an ordinary word (سلة، صور، التامة) that names a place only after a place cue word.
/// Immutable and thread-safe.
/// </summary>
public sealed class NameUsage
{
    /// <summary>Embedded resource of the counts.</summary>
    public const string File = "geo/name-usage.tsv";

    /// <summary>Fewer occurrences than this say nothing either way.</summary>
    public const int MinEvidence = 20;

    /// <summary>A name seen after a place cue less often than this share of its uses is an ordinary word.</summary>
    public const double MinCuedShare = 0.05;

    /// <summary>A name seen after a place cue less often than this share of its uses is no village's name without a noun of place.</summary>
    public const double MinVillageCuedShare = 0.4;

    private readonly Dictionary<string, (int Count, int Cued)> _names;
    private readonly Dictionary<(string Form, string Name), int> _forms;
    private readonly Dictionary<string, (int Count, int Cued)>.AlternateLookup<ReadOnlySpan<char>> _namesBySpan;

    private NameUsage(Dictionary<string, (int Count, int Cued)> names, Dictionary<(string Form, string Name), int> forms)
    {
        _names = names;
        _forms = forms;
        _namesBySpan = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>No counts: every name is a place and every peeling real.</summary>
    public static NameUsage None { get; } = new(new(StringComparer.Ordinal), []);

    /// <summary>Loads the counts compiled into Mizan.Core (none when the file is absent).</summary>
    public static NameUsage LoadEmbedded()
    {
        if (!EmbeddedData.Exists(File))
        {
            return None;
        }

        using TextReader reader = EmbeddedData.OpenText(File);
        return Load(reader);
    }

    /// <summary>Loads counts from a TSV with the columns <c>form name count cued</c>.</summary>
    /// <exception cref="LexiconFormatException">A bad entry, with file and line.</exception>
    public static NameUsage Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var names = new Dictionary<string, (int Count, int Cued)>(StringComparer.Ordinal);
        var forms = new Dictionary<(string Form, string Name), int>();
        var tsv = new GeoTsvReader(reader, File, "form", "name", "count", "cued");
        int formColumn = tsv.Column("form"), nameColumn = tsv.Column("name"), countColumn = tsv.Column("count"), cuedColumn = tsv.Column("cued");
        while (tsv.Next())
        {
            string form = tsv.Required(formColumn, "form");
            string name = tsv.Required(nameColumn, "name");
            long count = tsv.Count(countColumn, "count");
            long cued = tsv.Count(cuedColumn, "cued");
            if (form.Length == 0 || name.Length == 0 || count < 0 || cued < 0 || cued > count)
            {
                throw tsv.Error("form and name must be given, and 0 <= cued <= count");
            }

            if (form == name)
            {
                names[name] = ((int)Math.Min(count, int.MaxValue), (int)Math.Min(cued, int.MaxValue));
            }
            else
            {
                forms[(form, name)] = (int)Math.Min(count, int.MaxValue);
            }
        }

        return new NameUsage(names, forms);
    }

    /// <summary>
    /// Whether <paramref name="form"/> (a word's matching key), read as proclitics +
    /// <paramref name="name"/>, is rather a word of its own: the whole word is seen more often
    /// than the name itself (كبير 4,413 times, بير 41).
    /// </summary>
    public bool IsOwnWord(string form, string name)
    {
        if (!_forms.TryGetValue((form, name), out int count) || count < MinEvidence)
        {
            return false;
        }

        int nameCount = _names.TryGetValue(name, out var n) ? n.Count : 0;
        return count > nameCount;
    }

    /// <summary>
    /// Whether the name (matching key) is mostly an ordinary word in news text: a place only
    /// when a place cue word stands before it.
    /// </summary>
    public bool NeedsCue(ReadOnlySpan<char> name) =>
        _namesBySpan.TryGetValue(name, out var n) && n.Count >= MinEvidence && n.Cued < n.Count * MinCuedShare;

    /// <summary>
    /// Whether the name is common in news text and not mostly after a place cue (البلاد، مقر، جبل):
    /// a village of that name is meant only after a noun of place (بلدة، قرية).
    /// </summary>
    public bool IsRarelyAPlace(ReadOnlySpan<char> name) =>
        _namesBySpan.TryGetValue(name, out var n) && n.Count >= MinEvidence && n.Cued < n.Count * MinVillageCuedShare;
}
