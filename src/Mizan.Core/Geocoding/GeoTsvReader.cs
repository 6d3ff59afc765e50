using System.Globalization;
using Mizan.Lexicons;

namespace Mizan.Geocoding;

/// <summary>
/// A forward-only reader of the gazetteer's TSV files, lighter than <see cref="TsvTable"/>
/// for the 33,000-line gazetteer: cells are sliced from the line without a string per cell.
/// Same format and the same errors naming file and line.
/// </summary>
internal sealed class GeoTsvReader
{
    private readonly TextReader _reader;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private Range[] _cells = [];
    private string _line = string.Empty;

    public GeoTsvReader(TextReader reader, string file, params string[] requiredColumns)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
        File = file;
        bool source = false, licence = false;
        string? line;
        while ((line = _reader.ReadLine()) is not null)
        {
            Line++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (line[0] == '#')
            {
                ReadOnlySpan<char> comment = line.AsSpan().TrimStart('#').Trim();
                source |= comment.StartsWith("source:", StringComparison.OrdinalIgnoreCase) && comment.Length > "source:".Length;
                licence |= (comment.StartsWith("licence:", StringComparison.OrdinalIgnoreCase) || comment.StartsWith("license:", StringComparison.OrdinalIgnoreCase))
                    && comment.Length > "licence:".Length;
                continue;
            }

            if (!source)
            {
                throw Error("the header has no '# source:' line before the column names");
            }

            if (!licence)
            {
                throw Error("the header has no '# licence:' line before the column names");
            }

            string[] names = line.Split('\t');
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i].Trim().Length == 0 || !_columns.TryAdd(names[i].Trim(), i))
                {
                    throw Error("column names must be non-empty and distinct");
                }
            }

            foreach (string required in requiredColumns)
            {
                if (!_columns.ContainsKey(required))
                {
                    throw Error($"missing column '{required}' (columns: {string.Join(", ", names)})");
                }
            }

            _cells = new Range[names.Length];
            return;
        }

        throw Error("no header line with column names");
    }

    /// <summary>Resource name, for error messages.</summary>
    public string File { get; }

    /// <summary>One-based number of the current line.</summary>
    public int Line { get; private set; }

    /// <summary>Index of a column named in the header.</summary>
    public int Column(string name) => _columns.TryGetValue(name, out int index) ? index : -1;

    /// <summary>Moves to the next data row; false at the end.</summary>
    public bool Next()
    {
        string? line;
        while ((line = _reader.ReadLine()) is not null)
        {
            Line++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            _line = line;
            int cell = 0, start = 0;
            for (int i = 0; i <= line.Length; i++)
            {
                if (i == line.Length || line[i] == '\t')
                {
                    if (cell < _cells.Length)
                    {
                        _cells[cell] = new Range(start, i);
                    }

                    cell++;
                    start = i + 1;
                }
            }

            if (cell != _cells.Length)
            {
                throw Error($"expected {_cells.Length} tab-separated cells, found {cell}");
            }

            return true;
        }

        return false;
    }

    /// <summary>A cell, trimmed.</summary>
    public ReadOnlySpan<char> Span(int column) => column < 0 ? [] : _line.AsSpan()[_cells[column]].Trim();

    /// <summary>A cell as a string; empty string when empty or when the column is absent.</summary>
    public string Text(int column)
    {
        ReadOnlySpan<char> span = Span(column);
        return span.Length == 0 ? string.Empty : span.ToString();
    }

    /// <summary>A non-empty cell as a string.</summary>
    public string Required(int column, string name)
    {
        string value = Text(column);
        return value.Length == 0 ? throw Error($"column '{name}' is empty") : value;
    }

    /// <summary>A latitude or longitude: a number within ±<paramref name="limit"/>.</summary>
    public double Coordinate(int column, string name, double limit)
    {
        ReadOnlySpan<char> span = Span(column);
        return double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && Math.Abs(value) <= limit
            ? value
            : throw Error($"column '{name}': '{span}' is not a {name} within ±{limit.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>A whole number ≥ 0; 0 when the cell is empty.</summary>
    public long Count(int column, string name)
    {
        ReadOnlySpan<char> span = Span(column);
        return span.Length == 0 ? 0
            : long.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out long value) ? value
            : throw Error($"column '{name}': '{span}' is not a whole number");
    }

    /// <summary>The '|'-separated items of a cell.</summary>
    public string[] List(int column) =>
        column < 0 ? [] : Text(column).Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>An exception naming the file and the current line.</summary>
    public LexiconFormatException Error(string problem) => new(File, Line, problem);
}
