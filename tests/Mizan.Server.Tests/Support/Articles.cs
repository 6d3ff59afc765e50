using Mizan.Testing;
using Mizan.IO.Input;
using Mizan.Pipeline;

namespace Mizan.Server.Tests.Support;

/// <summary>Articles for the tests: the founding article, a slice of the corpus, and short ones written for these tests.</summary>
internal static class Articles
{
    /// <summary>The founding article (Kidal: the ministry's figures and the rebels' denial), read from shared/seed.</summary>
    public static Article Founding()
    {
        string path = SharedData.Path("seed", "000_8a5884cea243e787.txt");
        Article article = new ArticleReader(new ArticleReaderOptions()).Read([path]).Single().Article!;
        return article with { Published = new DateOnly(2008, 5, 25), Source = "seed" };
    }

    /// <summary>The first <paramref name="count"/> articles of the SkyNews Middle East file of the corpus.</summary>
    public static IReadOnlyList<Article> CorpusSlice(int count)
    {
        string path = SharedData.Path("corpus", "ant2", "SkyNews-middleEast.trec.gz");
        return [.. new ArticleReader(new ArticleReaderOptions()).Read([path]).Where(r => r.IsArticle).Select(r => r.Article!).Take(count)];
    }

    /// <summary>An attack on a barracks in Gao with a figure from the army (written for these tests).</summary>
    public static Article GaoAttack() => new(
        "test-gao-1",
        "هجوم على ثكنة في غاو",
        "قتل سبعة جنود ماليين وأصيب أربعة آخرون في هجوم شنه مسلحون مجهولون على ثكنة عسكرية في مدينة غاو شمالي مالي فجر الثلاثاء، بحسب ما أعلن الجيش المالي في بيان.",
        new DateOnly(2018, 6, 5),
        "test-outlet",
        "https://example.org/gao-1");

    /// <summary>A protest in Tunis (written for these tests).</summary>
    public static Article TunisProtest() => new(
        "test-tunis-1",
        "مظاهرة في تونس",
        "تظاهر مئات الطلاب أمام مقر وزارة التربية في العاصمة تونس يوم الاثنين احتجاجا على قرار إلغاء المنح الجامعية.",
        new DateOnly(2018, 3, 12),
        "test-outlet",
        null);

    /// <summary>
    /// A town marks an attack of six years before (written for these tests): the engine tells it
    /// as background, past context and not news.
    /// </summary>
    public static Article GaoRecall() => new(
        "test-recall-1",
        "ذكرى هجوم غاو",
        "أحيا سكان مدينة غاو شمالي مالي يوم الأحد ذكرى هجوم وقع في 14 مارس 2012 وقتل فيه مسلحون 30 مدنيا في سوق المدينة.",
        new DateOnly(2018, 6, 10),
        "test-outlet",
        null);
}
