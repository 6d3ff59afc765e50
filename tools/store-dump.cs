#:project ../src/Mizan.Storage/Mizan.Storage.csproj
// Dumps what a SQLite store holds, table by table, so that two stores can be compared
// (docs/performance.md: the store is the same before and after a change to ingest):
//   dotnet run -c Release tools/store-dump.cs -- STORE.db OUTPUT-FOLDER
// Writes one file per table (every row, sorted by all its columns; the meta key 'generation',
// which counts transactions, left out) and the full-text index as its (term, article) pairs, then prints a SHA-256 and a row count per file. Two stores hold the same
// when every line printed is the same; `diff -r` of the two folders shows where they differ.
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: store-dump STORE.db OUTPUT-FOLDER");
    return 2;
}

string store = args[0];
string output = args[1];
if (!File.Exists(store))
{
    Console.Error.WriteLine($"store-dump: no store at {store}");
    return 1;
}

Directory.CreateDirectory(output);
using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
connection.Open();

var tables = new List<string>();
using (var list = new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'article_terms%' ORDER BY name", connection))
using (SqliteDataReader reader = list.ExecuteReader())
{
    while (reader.Read())
    {
        tables.Add(reader.GetString(0));
    }
}

foreach (string table in tables)
{
    var columns = new List<string>();
    using (var info = new SqliteCommand($"SELECT name FROM pragma_table_info('{table}') ORDER BY cid", connection))
    using (SqliteDataReader reader = info.ExecuteReader())
    {
        while (reader.Read())
        {
            columns.Add(reader.GetString(0));
        }
    }

    string where = table == "meta" ? " WHERE key <> 'generation'" : string.Empty;
    string order = string.Join(", ", columns.Select(c => $"\"{c}\""));
    Dump(table, $"SELECT * FROM \"{table}\"{where} ORDER BY {order}");
}

// The full-text index, read back through fts5vocab: every (term, article) pair, in index order.
// Only which articles hold which term is compared: a store made with detail = none (schema of
// 2026-12-04) keeps no columns or offsets, and searches never used them (each term is its own query).
using (var vocab = new SqliteCommand("CREATE VIRTUAL TABLE temp.dump_terms USING fts5vocab(main, 'article_terms', 'instance')", connection))
{
    vocab.ExecuteNonQuery();
}

Dump("article_terms", "SELECT DISTINCT term, doc FROM temp.dump_terms");
return 0;

void Dump(string name, string sql)
{
    using var command = new SqliteCommand(sql, connection);
    using SqliteDataReader reader = command.ExecuteReader();
    using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    using var file = new StreamWriter(Path.Combine(output, name + ".tsv"), false, new UTF8Encoding(false));
    long rows = 0;
    var line = new StringBuilder();
    while (reader.Read())
    {
        line.Clear();
        for (int i = 0; i < reader.FieldCount; i++)
        {
            if (i > 0)
            {
                line.Append('\t');
            }

            line.Append(reader.IsDBNull(i) ? "\\N" : reader.GetValue(i) switch
            {
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                byte[] b => Convert.ToHexString(b),
                object o => Convert.ToString(o, CultureInfo.InvariantCulture)!.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal),
            });
        }

        line.Append('\n');
        string text = line.ToString();
        file.Write(text);
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        rows++;
    }

    Console.WriteLine($"{name}\t{rows}\t{Convert.ToHexStringLower(hash.GetHashAndReset())}");
}
