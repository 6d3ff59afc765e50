using Mizan.Languages.Arabic;
using Mizan.Lexicons;

namespace Mizan.Tests.Support;

/// <summary>Two small phrase lexicons and sentences that read them in many ways (proclitics, enclitics, quotes), for the tests of phrase lookups.</summary>
public static class SampleLexicons
{
    /// <summary>Place names of one to three words.</summary>
    public static PhraseIndex<string> Places { get; } = PhraseIndex<string>.Build(new Dictionary<string, string>
    {
        ["الموصل"] = "Mosul",
        ["دير الزور"] = "Deir ez-Zor",
        ["ريف حلب الشمالي"] = "northern Aleppo countryside",
        ["حلب"] = "Aleppo",
        ["القدس"] = "Jerusalem",
    }, ArabicLanguagePack.Instance);

    /// <summary>Words of speech and sources.</summary>
    public static PhraseIndex<string> Speech { get; } = PhraseIndex<string>.Build(new Dictionary<string, string>
    {
        ["قال"] = "say",
        ["أفاد"] = "report",
        ["بحسب"] = "according to",
        ["وفق ما"] = "according to",
        ["مصدر أمني"] = "security source",
    }, ArabicLanguagePack.Instance);

    /// <summary>Sentences with words of both lexicons, peeled and not.</summary>
    public static IReadOnlyList<string> Sentences { get; } =
    [
        "قال مصدر أمني إن القوات دخلت الموصل والقرى المحيطة بها صباح الأحد.",
        "وأفاد مراسلنا في دير الزور بأن الاشتباكات امتدت إلى ريف حلب الشمالي، بحسب ناشطين.",
        "للقدس مكانة خاصة، وفق ما قاله المتحدث لحلب وللموصل «دير الزور» أيضا.",
        "ومصدرهم الأمني لم يؤكد الخبر، وقالوا إن 12 شخصا قتلوا في حلبهم.",
    ];
}
