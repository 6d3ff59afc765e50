using System.Text;

namespace Mizan.Storage.Export;

/// <summary>Writes CSV (RFC 4180): comma-separated, a field quoted when it holds a comma, a quote or a line break, quotes doubled, CRLF line ends.</summary>
internal sealed class CsvWriter(TextWriter output)
{
    public void WriteRow(IReadOnlyList<string?> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                output.Write(',');
            }

            WriteField(fields[i]);
        }

        output.Write("\r\n");
    }

    private void WriteField(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            output.Write(value);
            return;
        }

        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (char c in value)
        {
            if (c == '"')
            {
                sb.Append('"');
            }

            sb.Append(c);
        }

        sb.Append('"');
        output.Write(sb.ToString());
    }
}
