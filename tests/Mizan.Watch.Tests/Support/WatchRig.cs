using Microsoft.Data.Sqlite;
using Mizan.Storage;
using Mizan.Watch.Http;
using Mizan.Watch.Watching;

namespace Mizan.Watch.Tests.Support;

/// <summary>A store in a temporary SQLite file, a fetcher with fast options, and a watcher over them.</summary>
internal sealed class WatchRig : IDisposable
{
    private readonly TempFolder _folder = new();

    public WatchRig(WebOptions? web = null)
    {
        DbPath = _folder.File("mizan.db");
        Store = EventStores.Open(DbPath, create: true);
        Fetcher = new WebFetcher(web ?? FastWeb.Options);
        Ingestor = WebIngestor.WithEngine(Store, Fetcher, Engine.Default);
        Watcher = new FeedWatcher(Ingestor, Fetcher, new WatchOptions());
    }

    public string DbPath { get; }

    public IEventStore Store { get; }

    public WebFetcher Fetcher { get; }

    public WebIngestor Ingestor { get; }

    public FeedWatcher Watcher { get; }

    /// <summary>The rows of a query on the store's file, each as an array of its values.</summary>
    public List<object?[]> Rows(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using SqliteDataReader reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            object?[] row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public void Dispose()
    {
        Fetcher.Dispose();
        Store.Dispose();
        _folder.Dispose();
    }
}
