using System.Net;
using System.Text;

namespace Mizan.Watch.Tests.Support;

/// <summary>
/// Feeds and article pages written for these tests (fictional reports in Arabic): one page with
/// full metadata (Open Graph, JSON-LD, canonical link) in UTF-8, one in windows-1256 naming its
/// charset only in a meta tag and without metadata, one in windows-1256 with the charset in the
/// header and a <c>&lt;time&gt;</c> element.
/// </summary>
internal static class NewsSite
{
    public const string KidalTitle = "مقتل خمسة جنود في هجوم قرب كيدال";
    public const string KidalLead = "قتل خمسة جنود وأصيب ثلاثة آخرون في هجوم شنه مسلحون على نقطة تفتيش للجيش قرب مدينة كيدال شمالي مالي صباح الأحد، بحسب ما أفاد مصدر عسكري.";
    public const string KidalMore = "وقال المصدر إن المهاجمين فروا نحو الصحراء بعد اشتباك استمر ساعتين، فيما لم تعلن أي جهة مسؤوليتها عن الهجوم.";

    public const string TaizTitle = "قصف على أحياء سكنية في تعز";
    public const string TaizLead = "قتل ثلاثة مدنيين بينهم طفل وأصيب سبعة آخرون جراء قصف مدفعي استهدف أحياء سكنية في مدينة تعز اليمنية مساء السبت، وفق ما أفادت مصادر طبية.";
    public const string TaizMore = "وأضافت المصادر أن القصف ألحق أضرارا بعدد من المنازل ومسجد في الحي.";

    public const string TipazaTitle = "الجيش يقضي على إرهابيين في تيبازة";
    public const string TipazaLead = "أعلنت وزارة الدفاع الجزائرية أن وحدات من الجيش قتلت إرهابيين اثنين خلال عملية تمشيط في ولاية تيبازة يوم الخميس، وضبطت أسلحة وذخائر.";
    public const string TipazaMore = "وأوضح البيان أن العملية ما تزال متواصلة في المنطقة.";

    public const string SaadaTitle = "مقتل أربعة مدنيين في غارة على سوق بصعدة";
    public const string SaadaLead = "قتل أربعة مدنيين وأصيب تسعة آخرون اليوم في غارة جوية استهدفت سوقا شعبيا في محافظة صعدة شمالي اليمن، بحسب ما أفادت مصادر طبية.";
    public const string SaadaMore = "وقالت المصادر إن بين الجرحى أطفالا، وإن الغارة دمرت عددا من المحال التجارية في السوق.";

    private const string KidalJsonLd = """
        {"@context":"https://schema.org","@type":"NewsArticle","headline":"مقتل خمسة جنود في هجوم قرب كيدال","datePublished":"2026-11-30T03:56:00+01:00","author":{"@type":"Person","name":"مراسل الساحل"}}
        """;

    public static Encoding Arabic1256
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1256);
        }
    }

    /// <summary>The Kidal report, UTF-8, with Open Graph, JSON-LD, a canonical link, clutter around it and HTML entities in its text.</summary>
    public static string KidalPage(Uri canonical) => $$"""
        <!DOCTYPE html>
        <html lang="ar" dir="rtl">
        <head>
        <meta charset="utf-8">
        <title>{{KidalTitle}} | صحيفة الساحل</title>
        <meta property="og:title" content="{{KidalTitle}}">
        <meta property="og:site_name" content="صحيفة الساحل">
        <meta property="article:published_time" content="2026-11-30T03:56:00+01:00">
        <link rel="canonical" href="{{canonical}}">
        <script type="application/ld+json">{{KidalJsonLd}}</script>
        </head>
        <body>
        <nav><a href="/">الرئيسية</a> <a href="/world">العالم</a> <a href="/sport">رياضة</a></nav>
        <article>
        <h1>{{KidalTitle}}</h1>
        <p>{{WebUtility.HtmlEncode(KidalLead).Replace("،", "&#1548;", StringComparison.Ordinal)}}</p>
        <p>{{KidalMore}}</p>
        </article>
        <footer>جميع الحقوق محفوظة &copy; 2026</footer>
        </body>
        </html>
        """;

    /// <summary>The Taiz report with no metadata at all; its charset is named only by a meta tag (to be served as windows-1256 without a charset in the header).</summary>
    public static string TaizPage() => $$"""
        <html>
        <head>
        <meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
        <title>{{TaizTitle}}</title>
        </head>
        <body>
        <div class="content">
        <h2>{{TaizTitle}}</h2>
        <p>{{TaizLead}}</p>
        <p>{{TaizMore}}</p>
        </div>
        </body>
        </html>
        """;

    /// <summary>The Tipaza report with a <c>&lt;time&gt;</c> element (to be served as windows-1256 with the charset in the header).</summary>
    public static string TipazaPage() => $$"""
        <html>
        <head><title>{{TipazaTitle}}</title></head>
        <body>
        <article>
        <h1>{{TipazaTitle}}</h1>
        <time datetime="2026-11-27T18:30:00+01:00">الخميس 27 نوفمبر 2026</time>
        <p>{{TipazaLead}}</p>
        <p>{{TipazaMore}}</p>
        </article>
        </body>
        </html>
        """;

    /// <summary>The Saada report, without metadata: its only time is its feed item's.</summary>
    public static string SaadaPage() => $$"""
        <html lang="ar">
        <head><meta charset="utf-8"><title>{{SaadaTitle}}</title></head>
        <body>
        <article>
        <h1>{{SaadaTitle}}</h1>
        <p>{{SaadaLead}}</p>
        <p>{{SaadaMore}}</p>
        </article>
        </body>
        </html>
        """;

    /// <summary>An RSS 2.0 feed of the given items (link, title, RFC 822 date).</summary>
    public static string Rss(params (Uri Link, string Title, string? PubDate)[] items)
    {
        var text = new StringBuilder("""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>أخبار</title><link>http://127.0.0.1/</link><description>أخبار الساحل</description>""");
        foreach ((Uri link, string title, string? date) in items)
        {
            text.Append("<item><title>").Append(WebUtility.HtmlEncode(title)).Append("</title><link>").Append(WebUtility.HtmlEncode(link.ToString())).Append("</link>");
            if (date is not null)
            {
                text.Append("<pubDate>").Append(date).Append("</pubDate>");
            }

            text.Append("</item>");
        }

        return text.Append("</channel></rss>").ToString();
    }

    /// <summary>An Atom 1.0 feed of the given items (link, title, RFC 3339 time).</summary>
    public static string Atom(params (Uri Link, string Title, string Updated)[] items)
    {
        var text = new StringBuilder("""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>أخبار الجزائر</title><id>urn:mizan:test</id><updated>2026-11-28T00:00:00Z</updated>""");
        int n = 0;
        foreach ((Uri link, string title, string updated) in items)
        {
            text.Append("<entry><title>").Append(WebUtility.HtmlEncode(title)).Append("</title><id>urn:mizan:test:").Append(n++)
                .Append("</id><link href=\"").Append(WebUtility.HtmlEncode(link.ToString())).Append("\"/><updated>").Append(updated).Append("</updated></entry>");
        }

        return text.Append("</feed>").ToString();
    }
}
