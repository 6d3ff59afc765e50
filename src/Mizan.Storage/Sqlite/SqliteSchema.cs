namespace Mizan.Storage.Sqlite;

/// <summary>The SQLite schema (version 1). Every statement is idempotent.</summary>
internal static class SqliteSchema
{
    public const int Version = 1;

    public static readonly string[] Statements =
    [
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS articles (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL,
            source TEXT,
            title TEXT,
            published TEXT,
            url TEXT,
            language TEXT NOT NULL,
            text TEXT NOT NULL,
            input TEXT NOT NULL)
        """,
        "CREATE TABLE IF NOT EXISTS countries (iso3 TEXT PRIMARY KEY, name TEXT NOT NULL, region TEXT)",
        """
        CREATE TABLE IF NOT EXISTS places (
            id TEXT PRIMARY KEY,
            gazetteer_id TEXT,
            name TEXT NOT NULL,
            country TEXT,
            admin1 TEXT,
            latitude REAL,
            longitude REAL)
        """,
        "CREATE TABLE IF NOT EXISTS actors (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT)",
        """
        CREATE TABLE IF NOT EXISTS events (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            type TEXT NOT NULL,
            status TEXT NOT NULL,
            acled_event_type TEXT,
            acled_sub_event_type TEXT,
            place_id TEXT REFERENCES places (id),
            location_text TEXT,
            location_start INTEGER,
            location_end INTEGER,
            location_precision TEXT,
            date_text TEXT,
            date_text_start INTEGER,
            date_text_end INTEGER,
            date_start TEXT,
            date_end TEXT,
            date_precision TEXT,
            fatalities_low INTEGER,
            fatalities_best INTEGER,
            fatalities_high INTEGER,
            background INTEGER NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS events_article ON events (article_id)",
        "CREATE INDEX IF NOT EXISTS events_date ON events (date_start, id)",
        "CREATE INDEX IF NOT EXISTS events_type ON events (type)",
        "CREATE INDEX IF NOT EXISTS events_place ON events (place_id)",
        """
        CREATE TABLE IF NOT EXISTS event_evidence (
            event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (event_id, ordinal))
        """,
        """
        CREATE TABLE IF NOT EXISTS event_actors (
            event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            role TEXT NOT NULL,
            actor_id TEXT NOT NULL REFERENCES actors (id),
            text TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            PRIMARY KEY (event_id, ordinal))
        """,
        "CREATE INDEX IF NOT EXISTS event_actors_actor ON event_actors (actor_id)",
        """
        CREATE TABLE IF NOT EXISTS claims (
            event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            source_name TEXT NOT NULL,
            source_kind TEXT NOT NULL,
            source_text TEXT,
            source_start INTEGER,
            source_end INTEGER,
            denial INTEGER NOT NULL,
            evidence_start INTEGER NOT NULL,
            evidence_end INTEGER NOT NULL,
            evidence_text TEXT NOT NULL,
            PRIMARY KEY (event_id, ordinal))
        """,
        """
        CREATE TABLE IF NOT EXISTS claim_figures (
            event_id TEXT NOT NULL,
            claim_ordinal INTEGER NOT NULL,
            measure TEXT NOT NULL,
            side TEXT NOT NULL,
            low INTEGER NOT NULL,
            high INTEGER,
            PRIMARY KEY (event_id, claim_ordinal, measure, side),
            FOREIGN KEY (event_id, claim_ordinal) REFERENCES claims (event_id, ordinal) ON DELETE CASCADE)
        """,
        """
        CREATE TABLE IF NOT EXISTS failed_articles (
            key TEXT PRIMARY KEY,
            article_id TEXT,
            content_hash TEXT,
            input TEXT NOT NULL,
            code TEXT NOT NULL,
            message TEXT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS incidents (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            status TEXT NOT NULL,
            acled_event_type TEXT,
            acled_sub_event_type TEXT,
            date_start TEXT,
            date_end TEXT,
            date_precision TEXT,
            place_id TEXT REFERENCES places (id),
            location_precision TEXT,
            actor1 TEXT,
            actor2 TEXT,
            fatalities_low INTEGER,
            fatalities_best INTEGER,
            fatalities_high INTEGER,
            fatalities_conservative INTEGER,
            disputed INTEGER NOT NULL,
            report_count INTEGER NOT NULL,
            article_count INTEGER NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS incidents_date ON incidents (date_start, id)",
        """
        CREATE TABLE IF NOT EXISTS incident_events (
            incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
            event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            PRIMARY KEY (incident_id, event_id))
        """,
        "CREATE INDEX IF NOT EXISTS incident_events_event ON incident_events (event_id)",
        // The terms are already normalised words (SearchTerms), one distinct term per article,
        // each looked up on its own: the ascii tokenizer only splits at the spaces between them, and
        // no columns or offsets are kept (detail = none). Stores made before 2026-12-04 keep their
        // unicode61 index with offsets, which gives the same tokens for these terms.
        "CREATE VIRTUAL TABLE IF NOT EXISTS article_terms USING fts5 (terms, content = '', contentless_delete = 1, tokenize = 'ascii', detail = none)",
        // Merge the index's segments 16 at a time instead of FTS5's 4: an ingest commits a segment
        // per transaction, and merging them four by four cost about 1 s of the writer's time over the
        // whole corpus (docs/performance.md, 2026-12-04); a search reads at most 16 per level. Set once.
        "INSERT INTO article_terms (article_terms, rank) SELECT 'automerge', 16 WHERE NOT EXISTS (SELECT 1 FROM article_terms_config WHERE k = 'automerge')",
        // Articles read from the web (mizan watch, mizan ingest --url): added in place, older stores gain them when opened.
        """
        CREATE TABLE IF NOT EXISTS article_fetches (
            article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            fetched_at TEXT NOT NULL,
            published_at TEXT,
            feed TEXT,
            text_hash TEXT NOT NULL,
            author TEXT)
        """,
        "CREATE INDEX IF NOT EXISTS article_fetches_text ON article_fetches (text_hash)",
        "CREATE TABLE IF NOT EXISTS article_urls (url TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE)",
        "CREATE INDEX IF NOT EXISTS article_urls_article ON article_urls (article_id)",
        "CREATE TABLE IF NOT EXISTS feed_states (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, checked_at TEXT NOT NULL)",
        "INSERT INTO meta (key, value) VALUES ('schema_version', '1') ON CONFLICT (key) DO NOTHING",
    ];
}
