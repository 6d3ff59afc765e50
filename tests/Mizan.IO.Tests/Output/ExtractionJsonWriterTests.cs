using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Mizan.Events;
using Mizan.IO.Output;
using Mizan.Languages.Arabic;
using Mizan.Pipeline;
using Mizan.Text;

namespace Mizan.IO.Tests.Output;

public sealed class ExtractionJsonWriterTests
{
    private const string Title = "اشتباكات قرب وادي الصفصاف";
    private const string Body = "قالت وزارة الدفاع إن قواتها قتلت 15 مسلحا قرب بلدة وادي الصفصاف يوم الثلاثاء، فيما نفت الحركة وقوع أي خسائر.";

    private static readonly Article Article = new("clash-1", Title, Body, new DateOnly(2024, 3, 12), "وكالة تجريبية", "https://example.org/clash-1");

    [Fact]
    public void Article_fields_and_text_are_written()
    {
        using JsonDocument json = Parse(Document.Create(Article, ArabicLanguagePack.Instance));
        JsonElement root = json.RootElement;

        JsonElement article = root.GetProperty("article");
        Assert.Equal("clash-1", article.GetProperty("id").GetString());
        Assert.Equal(Title, article.GetProperty("title").GetString());
        Assert.Equal("2024-03-12", article.GetProperty("published").GetString());
        Assert.Equal("وكالة تجريبية", article.GetProperty("source").GetString());
        Assert.Equal("https://example.org/clash-1", article.GetProperty("url").GetString());
        Assert.Equal("ar", article.GetProperty("language").GetString());
        Assert.Equal(Title + "\n\n" + Body, root.GetProperty("text").GetString());
        Assert.Equal(0, root.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public void Publication_time_is_written_only_when_known()
    {
        Article stamped = Article with { PublishedAt = new DateTimeOffset(2024, 3, 12, 3, 56, 15, TimeSpan.FromHours(4)) };
        using JsonDocument json = Parse(Document.Create(stamped, ArabicLanguagePack.Instance));
        Assert.Equal("2024-03-12T03:56:15+04:00", json.RootElement.GetProperty("article").GetProperty("published_at").GetString());

        using JsonDocument plain = Parse(Document.Create(Article, ArabicLanguagePack.Instance));
        Assert.False(plain.RootElement.GetProperty("article").TryGetProperty("published_at", out _));
    }

    [Fact]
    public void Missing_article_fields_are_null()
    {
        using JsonDocument json = Parse(Document.Create(new Article("x", null, "نص"), ArabicLanguagePack.Instance));
        JsonElement article = json.RootElement.GetProperty("article");

        Assert.Equal(JsonValueKind.Null, article.GetProperty("title").ValueKind);
        Assert.Equal(JsonValueKind.Null, article.GetProperty("published").ValueKind);
        Assert.Equal(JsonValueKind.Null, article.GetProperty("source").ValueKind);
        Assert.Equal(JsonValueKind.Null, article.GetProperty("url").ValueKind);
        Assert.Equal("نص", json.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Output_is_one_line_ending_in_a_line_feed_with_arabic_unescaped()
    {
        byte[] line = ExtractionJsonWriter.ToJsonLine(Document.Create(Article, ArabicLanguagePack.Instance));
        string text = Encoding.UTF8.GetString(line);

        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.Equal(1, text.Count(c => c == '\n'));
        Assert.Contains("وادي الصفصاف", text, StringComparison.Ordinal);
        Assert.Contains("\\n\\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Hand_built_event_is_written_with_every_field()
    {
        Document document = WithEvent(Article);
        string text = document.Text;

        using JsonDocument json = Parse(document);
        JsonElement e = json.RootElement.GetProperty("events")[0];

        Assert.Equal("clash-1/E1", e.GetProperty("id").GetString());
        Assert.Equal("ASSAULT", e.GetProperty("type").GetString());
        Assert.Equal("occurred", e.GetProperty("status").GetString());
        Assert.Equal("Battles", e.GetProperty("acled").GetProperty("event_type").GetString());
        Assert.Equal("Armed clash", e.GetProperty("acled").GetProperty("sub_event_type").GetString());

        JsonElement actor1 = e.GetProperty("actors")[0];
        Assert.Equal("actor1", actor1.GetProperty("role").GetString());
        Assert.Equal("قواتها", actor1.GetProperty("text").GetString());
        Assert.Equal("state_forces", actor1.GetProperty("kind").GetString());
        Assert.Equal("Military Forces of Testland", actor1.GetProperty("name").GetString());
        Assert.Equal("TST", actor1.GetProperty("country").GetString());
        AssertSpan(text, actor1, "قواتها");
        JsonElement actor2 = e.GetProperty("actors")[1];
        Assert.Equal("rebel_group", actor2.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, actor2.GetProperty("country").ValueKind);

        JsonElement location = e.GetProperty("location");
        Assert.Equal("وادي الصفصاف", location.GetProperty("text").GetString());
        Assert.Equal("Wadi al-Safsaf", location.GetProperty("name").GetString());
        Assert.Equal("TST", location.GetProperty("country").GetString());
        Assert.Equal("North", location.GetProperty("admin1").GetString());
        Assert.Equal(18.44, location.GetProperty("lat").GetDouble());
        Assert.Equal(1.41, location.GetProperty("lon").GetDouble());
        Assert.Equal("near_town", location.GetProperty("precision").GetString());
        Assert.Equal("12345", location.GetProperty("gazetteer_id").GetString());
        AssertSpan(text, location, "وادي الصفصاف");

        JsonElement date = e.GetProperty("date");
        Assert.Equal("يوم الثلاثاء", date.GetProperty("text").GetString());
        Assert.Equal("2024-03-12", date.GetProperty("start").GetString());
        Assert.Equal("2024-03-12", date.GetProperty("end").GetString());
        Assert.Equal("day", date.GetProperty("precision").GetString());

        JsonElement ministry = e.GetProperty("claims")[0];
        Assert.Equal("وزارة الدفاع", ministry.GetProperty("source").GetProperty("text").GetString());
        Assert.Equal("Ministry of Defence of Testland", ministry.GetProperty("source").GetProperty("name").GetString());
        Assert.Equal("government", ministry.GetProperty("source").GetProperty("kind").GetString());
        Assert.Equal(15, ministry.GetProperty("killed").GetProperty("actor2").GetProperty("low").GetInt64());
        Assert.Equal(15, ministry.GetProperty("killed").GetProperty("actor2").GetProperty("high").GetInt64());
        Assert.Equal(JsonValueKind.Object, ministry.GetProperty("injured").ValueKind);
        Assert.Empty(ministry.GetProperty("injured").EnumerateObject());
        Assert.Equal(3, ministry.GetProperty("captured").GetProperty("actor2").GetProperty("low").GetInt64());
        Assert.Equal(JsonValueKind.Null, ministry.GetProperty("captured").GetProperty("actor2").GetProperty("high").ValueKind);
        Assert.False(ministry.TryGetProperty("missing", out _));
        Assert.False(ministry.TryGetProperty("displaced", out _));
        Assert.False(ministry.GetProperty("denial").GetBoolean());
        AssertEvidence(text, ministry.GetProperty("evidence"));

        JsonElement denial = e.GetProperty("claims")[1];
        Assert.True(denial.GetProperty("denial").GetBoolean());
        Assert.Equal("armed_group", denial.GetProperty("source").GetProperty("kind").GetString());
        Assert.Equal(0, denial.GetProperty("killed").GetProperty("actor2").GetProperty("high").GetInt64());

        JsonElement unattributed = e.GetProperty("claims")[2];
        Assert.Equal(JsonValueKind.Null, unattributed.GetProperty("source").GetProperty("text").ValueKind);
        Assert.Equal("unattributed", unattributed.GetProperty("source").GetProperty("kind").GetString());

        JsonElement fatalities = e.GetProperty("fatalities");
        Assert.Equal(0, fatalities.GetProperty("low").GetInt64());
        Assert.Equal(15, fatalities.GetProperty("best").GetInt64());
        Assert.Equal(15, fatalities.GetProperty("high").GetInt64());

        JsonElement evidence = Assert.Single(e.GetProperty("evidence").EnumerateArray());
        AssertEvidence(text, evidence);
        Assert.False(e.GetProperty("background").GetBoolean());
    }

    [Fact]
    public void Empty_optional_parts_of_an_event_are_null()
    {
        Document document = Document.Create(Article, ArabicLanguagePack.Instance);
        var bare = new Event("E2", "PROTEST", EventStatus.Planned, null, [], null, null, [], null, [Evidence.From(document.Text, new TextSpan(0, 5))], Background: true);

        using JsonDocument json = Parse(document with { Events = [bare] });
        JsonElement e = json.RootElement.GetProperty("events")[0];

        Assert.Equal("planned", e.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, e.GetProperty("acled").ValueKind);
        Assert.Equal(JsonValueKind.Null, e.GetProperty("location").ValueKind);
        Assert.Equal(JsonValueKind.Null, e.GetProperty("date").ValueKind);
        Assert.Equal(JsonValueKind.Null, e.GetProperty("fatalities").ValueKind);
        Assert.Equal(0, e.GetProperty("actors").GetArrayLength());
        Assert.Equal(0, e.GetProperty("claims").GetArrayLength());
        Assert.True(e.GetProperty("background").GetBoolean());
    }

    [Fact]
    public void Evidence_outside_the_text_is_refused()
    {
        Document document = Document.Create(Article, ArabicLanguagePack.Instance);
        var broken = new Event("E3", "ASSAULT", EventStatus.Occurred, null, [], null, null, [], null, [new Evidence(5, document.Text.Length + 1, "x")]);

        Assert.Throws<InvalidOperationException>(() => ExtractionJsonWriter.ToJsonLine(document with { Events = [broken] }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Control_characters_and_lone_surrogates_stay_valid_json_and_keep_every_offset(int example)
    {
        // Built here rather than passed as theory data: test runners may re-encode lone surrogates.
        string body = example switch
        {
            0 => "سطر\u0000صفر\u0001\u001f",
            1 => "علامة \u200f اتجاه \u2028 فاصل",
            2 => "\"مقتبس\" \\ شرطة",
            3 => "رمز 😀 خارج المستوى",
            4 => "بديل " + (char)0xD800 + " منفرد " + (char)0xDC00,
            _ => ((char)0xDFFF).ToString(),
        };
        Document document = Document.Create(new Article("odd", null, body), ArabicLanguagePack.Instance);
        var quote = new Event("E4", "ASSAULT", EventStatus.Occurred, null, [], null, null, [], null, [Evidence.From(body, new TextSpan(0, body.Length))]);
        byte[] line = ExtractionJsonWriter.ToJsonLine(document with { Events = [quote] });

        Assert.True(Utf8Validate(line));
        using JsonDocument json = JsonDocument.Parse(line);
        string? text = TryGetString(json.RootElement.GetProperty("text"));
        if (text is not null)
        {
            Assert.Equal(body, text);
        }

        // .NET refuses to materialise lone surrogates, so compare the raw escapes for those.
        string raw = Encoding.UTF8.GetString(line);
        Assert.DoesNotContain("\uFFFD", raw, StringComparison.Ordinal);
        Assert.Equal(body.Length, DecodeJsonStringLength(json.RootElement.GetProperty("text")));
    }

    [Fact]
    public void Enum_names_are_snake_case()
    {
        Assert.Equal("state_forces", SnakeCaseNames<ActorKind>.Of(ActorKind.StateForces).ToString());
        Assert.Equal("unidentified_armed_group", SnakeCaseNames<ActorKind>.Of(ActorKind.UnidentifiedArmedGroup).ToString());
        Assert.Equal("near_town", SnakeCaseNames<LocationPrecision>.Of(LocationPrecision.NearTown).ToString());
        Assert.Equal("un", SnakeCaseNames<SourceKind>.Of(SourceKind.Un).ToString());
        Assert.Equal("ngo", SnakeCaseNames<SourceKind>.Of(SourceKind.Ngo).ToString());
        Assert.Equal("hypothetical", SnakeCaseNames<EventStatus>.Of(EventStatus.Hypothetical).ToString());
        Assert.Equal("acled_type", SnakeCase.Of("ACLEDType"));
    }

    private static Document WithEvent(Article article)
    {
        Document document = Document.Create(article, ArabicLanguagePack.Instance);
        string text = document.Text;
        Evidence Quote(string words)
        {
            int start = text.IndexOf(words, StringComparison.Ordinal);
            Assert.True(start >= 0, words);
            return Evidence.From(text, new TextSpan(start, start + words.Length));
        }

        static ImmutableSortedDictionary<string, CountRange> Counts(params (string Side, CountRange Range)[] entries) =>
            entries.ToImmutableSortedDictionary(e => e.Side, e => e.Range, StringComparer.Ordinal);

        var ministry = new Claim(
            new ClaimSource(Quote("وزارة الدفاع"), "Ministry of Defence of Testland", SourceKind.Government),
            Counts(("actor2", CountRange.Exactly(15))),
            Counts(),
            Counts(("actor2", new CountRange(3, null))),
            Counts(),
            Counts(),
            Denial: false,
            Quote("قالت وزارة الدفاع إن قواتها قتلت 15 مسلحا"));
        var movement = new Claim(
            new ClaimSource(Quote("الحركة"), "Valley Movement", SourceKind.ArmedGroup),
            Counts(("actor2", CountRange.Exactly(0))),
            Counts(),
            Counts(),
            Counts(),
            Counts(),
            Denial: true,
            Quote("نفت الحركة وقوع أي خسائر"));
        var unattributed = new Claim(
            new ClaimSource(null, "unattributed", SourceKind.Unattributed),
            Counts(),
            Counts(),
            Counts(),
            Counts(),
            Counts(),
            Denial: false,
            Quote("قرب بلدة وادي الصفصاف"));
        var e = new Event(
            "clash-1/E1",
            "ASSAULT",
            EventStatus.Occurred,
            new AcledType("Battles", "Armed clash"),
            [
                new EventActor("actor1", Quote("قواتها"), "Military Forces of Testland", ActorKind.StateForces, "TST"),
                new EventActor("actor2", Quote("مسلحا"), "Valley Movement", ActorKind.RebelGroup, null),
            ],
            new EventLocation(Quote("وادي الصفصاف"), "Wadi al-Safsaf", "TST", "North", 18.44, 1.41, LocationPrecision.NearTown, "12345"),
            new EventDate(Quote("يوم الثلاثاء"), new DateOnly(2024, 3, 12), new DateOnly(2024, 3, 12), DatePrecision.Day),
            [ministry, movement, unattributed],
            new FatalityEstimate(0, 15, 15),
            [Quote("قواتها قتلت 15 مسلحا قرب بلدة وادي الصفصاف")]);
        return document with { Events = [e] };
    }

    private static JsonDocument Parse(Document document) => JsonDocument.Parse(ExtractionJsonWriter.ToJsonLine(document));

    private static void AssertEvidence(string text, JsonElement evidence)
    {
        int start = evidence.GetProperty("start").GetInt32();
        int end = evidence.GetProperty("end").GetInt32();
        Assert.Equal(text[start..end], evidence.GetProperty("text").GetString());
    }

    private static void AssertSpan(string text, JsonElement mention, string expected)
    {
        JsonElement span = mention.GetProperty("span");
        int start = span.GetProperty("start").GetInt32();
        int end = span.GetProperty("end").GetInt32();
        Assert.Equal(expected, text[start..end]);
        Assert.Equal(expected, mention.GetProperty("text").GetString());
    }

    private static bool Utf8Validate(byte[] bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    private static string? TryGetString(JsonElement element)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return null; // holds a lone surrogate escape
        }
    }

    /// <summary>The UTF-16 length of a JSON string, counting each <c>\uXXXX</c> escape as one unit.</summary>
    private static int DecodeJsonStringLength(JsonElement element)
    {
        string raw = element.GetRawText()[1..^1];
        int length = 0;
        for (int i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\')
            {
                i += raw[i + 1] == 'u' ? 5 : 1;
            }

            length++;
        }

        return length;
    }
}
