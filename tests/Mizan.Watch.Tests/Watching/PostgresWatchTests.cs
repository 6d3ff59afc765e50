using Mizan.Storage;
using Mizan.Storage.Web;
using Mizan.Watch.Feeds;
using Mizan.Watch.Http;
using Mizan.Watch.Tests.Support;
using Mizan.Watch.Watching;
using Npgsql;

namespace Mizan.Watch.Tests.Watching;

/// <summary>The web side of the store in PostgreSQL: the same polls as in SQLite, in a schema of the test's own.</summary>
public sealed class PostgresWatchTests
{
    [PostgresFact]
    public async Task Articles_addresses_and_feed_validators_are_kept_in_postgres_as_in_sqlite()
    {
        string baseConnection = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!;
        string schema = "w_" + Guid.NewGuid().ToString("N");
        await Execute(baseConnection, $"CREATE SCHEMA {schema}");
        try
        {
            await using TestWebServer server = await TestWebServer.StartAsync();
            Uri kidal = server.Url("/news/kidal");
            Uri mirror = server.Url("/mirror/kidal");
            server.Text("/news/kidal", NewsSite.KidalPage(kidal), "text/html");
            server.Text("/mirror/kidal", NewsSite.KidalPage(mirror), "text/html");
            server.Text("/news/taiz", NewsSite.TaizPage(), "text/html", NewsSite.Arabic1256, charsetInHeader: false);
            server.Text("/rss.xml", NewsSite.Rss((kidal, NewsSite.KidalTitle, null), (mirror, NewsSite.KidalTitle, null), (server.Url("/news/taiz"), NewsSite.TaizTitle, null)), "application/rss+xml");
            string connection = new NpgsqlConnectionStringBuilder(baseConnection) { SearchPath = schema }.ConnectionString;
            using IEventStore store = EventStores.Open(connection, create: true);
            using var fetcher = new WebFetcher(FastWeb.Options);
            var watcher = new FeedWatcher(WebIngestor.WithEngine(store, fetcher, Engine.Default), fetcher, new WatchOptions());
            var feed = new FeedSource(server.Url("/rss.xml"), "sahel", FeedList.DefaultInterval, 1);

            PollReport first = (await watcher.PollAllAsync([feed], null, CancellationToken.None))[0];
            PollReport second = await watcher.PollAsync(feed, CancellationToken.None);

            Assert.Equal((2, 1, 0), (first.New, first.Known, first.Errors.Count));
            Assert.Equal((0, 3), (second.New, second.Known));
            Assert.Equal(2, store.Counts().Articles);
            Assert.True(store.Counts().Incidents >= 2);
            var index = (IWebArticleIndex)store;
            Assert.Equal(3, index.KnownUrls([kidal.ToString(), mirror.ToString(), server.Url("/news/taiz").ToString(), server.Url("/other").ToString()]).Count);
            index.SaveFeedState(new FeedState(feed.Url.AbsoluteUri, "\"e\"", "Sat, 28 Nov 2026 10:00:00 GMT", DateTimeOffset.Parse("2026-11-28T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Equal("\"e\"", index.ReadFeedState(feed.Url.AbsoluteUri)?.ETag);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await Execute(baseConnection, $"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
