using Mizan.Storage.Tests.Support;
using static Mizan.Storage.Tests.Support.Build;

namespace Mizan.Storage.Tests.Stores;

/// <summary>The store contract on the SQLite backend (a file in a temporary folder).</summary>
public sealed class SqliteEventStoreTests : EventStoreContract
{
    private readonly TempFolder _folder = new();

    protected override IEventStore OpenStore() => EventStores.Open(_folder.File("store.db"), create: true);

    protected override void DisposeBackend() => _folder.Dispose();

    [Fact]
    public void The_terms_of_one_write_go_into_the_full_text_index_as_one_segment()
    {
        string path = _folder.File("segments.db");
        using (IEventStore store = EventStores.Open(path, create: true))
        {
            store.Write([.. Enumerable.Range(0, 50).Select(i => Record($"art-{i}", $"خبر رقم {i} من مدينة غاو", Assault($"ev-{i}", Gao(), Day(June2), [Gunmen()], [])))], []);
            Assert.Equal(50, store.Search(new EventFilter(Text: "غاو"), 100).Count);
        }

        // FTS5 keeps one row per segment in its _idx table (the first term of each leaf page);
        // an insert per article between the article's other rows made a segment each.
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(DISTINCT segid) FROM article_terms_idx";
        Assert.Equal(1L, command.ExecuteScalar());
    }

    [Fact]
    public void A_store_made_with_the_earlier_full_text_index_keeps_it_and_finds_its_words()
    {
        // Stores made before 2026-12-04 hold a unicode61 index with columns and offsets.
        string path = _folder.File("earlier.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE VIRTUAL TABLE article_terms USING fts5 (terms, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0')";
            command.ExecuteNonQuery();
        }

        using (IEventStore store = EventStores.Open(path, create: true))
        {
            store.Write([Record("a", "وصلت القوات بالجزائر ثم للعاصمة", Assault("ev-a", Kidal(), Day(June2), [Gunmen()], []))], []);
            Assert.Equal(["ev-a"], store.Search(new EventFilter(Text: "الجزائر"), 10).Select(h => h.Report.Event.Id));
            Assert.Empty(store.Search(new EventFilter(Text: "غاو"), 10));
        }

        using var check = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}");
        check.Open();
        using var sql = check.CreateCommand();
        sql.CommandText = "SELECT sql FROM sqlite_master WHERE name = 'article_terms'";
        Assert.Contains("unicode61", (string)sql.ExecuteScalar()!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_error_when_the_store_may_not_be_created()
    {
        var error = Assert.Throws<FileNotFoundException>(() => EventStores.Open(_folder.File("none.db"), create: false));
        Assert.Contains("mizan ingest", error.Message, StringComparison.Ordinal);
    }
}
