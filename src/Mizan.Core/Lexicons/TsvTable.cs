using System.Collections.Immutable;

namespace Mizan.Lexicons;

/// <summary>One data row of a TSV resource, with its line number for error messages.</summary>
public sealed class TsvRow
{
    private readonly string[] _cells;
    private readonly TsvTable _table;

    internal TsvRow(TsvTable table, int line, string[] cells)
    {
        _table = table;
        Line = line;
        _cells = cells;
    }

    /// <summary>One-based line number in the file.</summary>
    public int Line { get; }

    /// <summary>The cell of a named column; empty string when the cell is empty.</summary>
    public string this[string column] => _cells[_table.ColumnIndex(column, Line)];

    /// <summary>The cell of a named column, or <c>null</c> when empty.</summary>
    public string? Optional(string column)
    {
        string value = this[column];
        return value.Length == 0 ? null : value;
    }

    /// <summary>The cell of a named column; an error naming file and line when empty.</summary>
    public string Required(string column)
    {
        string value = this[column];
        return value.Length == 0 ? throw Error($"column '{column}' is empty") : value;
    }

    /// <summary>An integer cell; an error naming file and line when it is not one.</summary>
    public int Int(string column)
    {
        string value = Required(column);
        return int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int n)
            ? n
            : throw Error($"column '{column}' is not an integer: '{value}'");
    }

    /// <summary>A floating-point cell; an error naming file and line when it is not one.</summary>
    public double Double(string column)
    {
        string value = Required(column);
        return double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double n)
            ? n
            : throw Error($"column '{column}' is not a number: '{value}'");
    }

    /// <summary>A cell holding a value of an enumeration (by its name, case-insensitive, '_' allowed).</summary>
    public TEnum Enum<TEnum>(string column)
        where TEnum : struct, System.Enum
    {
        string value = Required(column);
        return System.Enum.TryParse(value.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out TEnum result)
            && System.Enum.IsDefined(result)
            ? result
            : throw Error($"column '{column}': '{value}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}");
    }

    /// <summary>A cell holding several values separated by '|'.</summary>
    public ImmutableArray<string> List(string column)
    {
        string value = this[column];
        return value.Length == 0
            ? []
            : [.. value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>An exception that names the file and line of this row.</summary>
    public LexiconFormatException Error(string problem) => new(_table.File, Line, problem);
}

/// <summary>
/// A language resource in TSV: comment lines starting with '#', among them
/// <c># source: ...</c> and <c># licence: ...</c>; then one header line naming the columns;
/// then data rows with exactly as many tab-separated cells. Blank lines are ignored.
/// </summary>
public sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;

    private TsvTable(string file, string source, string licence, ImmutableArray<string> columns)
    {
        File = file;
        Source = source;
        Licence = licence;
        Columns = columns;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < columns.Length; i++)
        {
            _columns[columns[i]] = i;
        }

        Rows = [];
    }

    /// <summary>Name of the resource, as given to <see cref="Parse"/>.</summary>
    public string File { get; }

    /// <summary>Where the data comes from (the <c># source:</c> line).</summary>
    public string Source { get; }

    /// <summary>Licence of the data (the <c># licence:</c> line).</summary>
    public string Licence { get; }

    /// <summary>Column names, from the header line.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>Data rows in file order.</summary>
    public ImmutableArray<TsvRow> Rows { get; private set; }

    /// <summary>Reads a TSV resource; throws <see cref="LexiconFormatException"/> naming file and line.</summary>
    /// <param name="reader">The text of the resource.</param>
    /// <param name="file">Its name, for error messages.</param>
    /// <param name="requiredColumns">Columns that the header must name.</param>
    public static TsvTable Parse(TextReader reader, string file, params string[] requiredColumns)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(requiredColumns);
        string? source = null;
        string? licence = null;
        TsvTable? table = null;
        var rows = ImmutableArray.CreateBuilder<TsvRow>();
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0 || (line.Length > 0 && string.IsNullOrWhiteSpace(line)))
            {
                continue;
            }

            if (line[0] == '#')
            {
                if (table is not null)
                {
                    continue; // comments between rows
                }

                string comment = line.TrimStart('#').Trim();
                if (comment.StartsWith("source:", StringComparison.OrdinalIgnoreCase))
                {
                    source = comment["source:".Length..].Trim();
                }
                else if (comment.StartsWith("licence:", StringComparison.OrdinalIgnoreCase)
                    || comment.StartsWith("license:", StringComparison.OrdinalIgnoreCase))
                {
                    licence = comment[(comment.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
                }

                continue;
            }

            if (table is null)
            {
                if (string.IsNullOrEmpty(source))
                {
                    throw new LexiconFormatException(file, lineNumber, "the header has no '# source:' line before the column names");
                }

                if (string.IsNullOrEmpty(licence))
                {
                    throw new LexiconFormatException(file, lineNumber, "the header has no '# licence:' line before the column names");
                }

                ImmutableArray<string> columns = [.. line.Split('\t').Select(c => c.Trim())];
                if (columns.Any(c => c.Length == 0) || columns.Distinct(StringComparer.Ordinal).Count() != columns.Length)
                {
                    throw new LexiconFormatException(file, lineNumber, "column names must be non-empty and distinct");
                }

                foreach (string required in requiredColumns)
                {
                    if (!columns.Contains(required))
                    {
                        throw new LexiconFormatException(file, lineNumber, $"missing column '{required}' (columns: {string.Join(", ", columns)})");
                    }
                }

                table = new TsvTable(file, source, licence, columns);
                continue;
            }

            string[] cells = line.Split('\t');
            if (cells.Length != table.Columns.Length)
            {
                throw new LexiconFormatException(file, lineNumber, $"expected {table.Columns.Length} tab-separated cells, found {cells.Length}");
            }

            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] = cells[i].Trim();
            }

            rows.Add(new TsvRow(table, lineNumber, cells));
        }

        if (table is null)
        {
            throw new LexiconFormatException(file, lineNumber, "no header line with column names");
        }

        table.Rows = rows.ToImmutable();
        return table;
    }

    internal int ColumnIndex(string column, int line) =>
        _columns.TryGetValue(column, out int index)
            ? index
            : throw new LexiconFormatException(File, line, $"no column '{column}'");
}
