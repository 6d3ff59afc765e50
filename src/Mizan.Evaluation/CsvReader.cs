using System.Text;

namespace Mizan.Evaluation;

/// <summary>A minimal RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes.</summary>
public static class CsvReader
{
    /// <summary>Reads every record (header included) from <paramref name="reader"/>.</summary>
    public static IEnumerable<string[]> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var field = new StringBuilder();
        var record = new List<string>();
        bool quoted = false;
        bool any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            char ch = (char)c;
            any = true;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    yield return [.. record];
                    record.Clear();
                    any = false;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (any || field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return [.. record];
        }
    }
}
