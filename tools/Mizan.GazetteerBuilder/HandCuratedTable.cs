namespace Mizan.GazetteerBuilder;

/// <summary>
/// A small TSV file kept by hand: '#' comment lines (a <c># source:</c> and a <c># licence:</c>
/// line are required), one header line of column names, then rows with as many cells.
/// Errors name the file and the line.
/// </summary>
internal sealed class HandCuratedTable
{
    private readonly Dictionary<string, int> _columns;

    private HandCuratedTable(string file, string[] columns, List<(int Line, string[] Cells)> rows)
    {
        File = file;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < columns.Length; i++)
        {
            _columns[columns[i]] = i;
        }

        Rows = rows;
    }

    public string File { get; }

    public IReadOnlyList<(int Line, string[] Cells)> Rows { get; }

    public static HandCuratedTable Read(string path, params string[] requiredColumns)
    {
        string file = Path.GetFileName(path);
        bool source = false, licence = false;
        string[]? columns = null;
        var rows = new List<(int, string[])>();
        int lineNumber = 0;
        foreach (string line in System.IO.File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '#')
            {
                string comment = line.TrimStart('#').Trim();
                source |= comment.StartsWith("source:", StringComparison.Ordinal);
                licence |= comment.StartsWith("licence:", StringComparison.Ordinal);
                continue;
            }

            string[] cells = line.Split('\t');
            if (columns is null)
            {
                if (!source || !licence)
                {
                    throw new GeneratorException($"{file}:{lineNumber}: a '# source:' and a '# licence:' line must come before the column names");
                }

                columns = cells;
                foreach (string required in requiredColumns)
                {
                    if (Array.IndexOf(columns, required) < 0)
                    {
                        throw new GeneratorException($"{file}:{lineNumber}: missing column '{required}'");
                    }
                }

                continue;
            }

            if (cells.Length != columns.Length)
            {
                throw new GeneratorException($"{file}:{lineNumber}: expected {columns.Length} tab-separated cells, found {cells.Length}");
            }

            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] = cells[i].Trim();
            }

            rows.Add((lineNumber, cells));
        }

        return columns is null
            ? throw new GeneratorException($"{file}:{lineNumber}: no header line with column names")
            : new HandCuratedTable(file, columns, rows);
    }

    public string Cell((int Line, string[] Cells) row, string column) => row.Cells[_columns[column]];

    public GeneratorException Error(int line, string problem) => new($"{File}:{line}: {problem}");
}
