using Mizan.Entities;
using Mizan.Events;
using Mizan.Pipeline;
using Mizan.Tests.Support;

namespace Mizan.Tests.Entities;

/// <summary>Actor mentions in sentences written for these tests.</summary>
public class ActorRecognizerTests
{
    private static List<(string Text, ActorMention Mention)> Actors(string text)
    {
        Document doc = Engines.Process(text);
        return [.. doc.Actors.Select(a => (doc.Slice(a.Span), a))];
    }

    private static ActorMention Find(string text, string surface) =>
        Actors(text).Single(a => a.Text == surface).Mention;

    [Fact]
    public void A_named_group_resolves_to_its_English_name_kind_and_country()
    {
        ActorMention m = Find("أعلنت جماعة أنصار الله مسؤوليتها عن الهجوم.", "جماعة أنصار الله");
        Assert.Equal(ActorMentionKind.Named, m.MentionKind);
        Assert.Equal(ActorKind.RebelGroup, m.Participant.Kind);
        Assert.Equal("YEM", m.Participant.Country);
    }

    [Fact]
    public void A_monitor_named_once_is_meant_by_its_bare_head_noun_later()
    {
        const string text = "قال المرصد السوري لحقوق الإنسان إن قصفا استهدف بلدة في ريف حماة. وأضاف مدير المرصد أن خمسة مدنيين قتلوا.";
        ActorMention m = Find(text, "مدير المرصد");
        Assert.Equal("Syrian Observatory for Human Rights", m.Participant.Name);
        Assert.Equal(SourceKind.Ngo, m.Participant.SourceKind);
    }

    [Fact]
    public void A_ministry_named_with_its_country_is_meant_by_the_bare_noun_later()
    {
        const string text = "قالت وزارة الدفاع الجزائرية إن وحدات الجيش دمرت مخبأ للإرهابيين. وذكر بيان الوزارة أن العملية جرت في ولاية تيبازة.";
        ActorMention m = Find(text, "بيان الوزارة");
        Assert.Equal("DZA", m.Participant.Country);
        Assert.Equal(SourceKind.Government, m.Participant.SourceKind);
    }

    [Fact]
    public void Bare_militias_after_a_named_militia_are_that_group()
    {
        const string text = "شنت ميليشيات الحوثي هجوما على مواقع الجيش في تعز. وقال مصدر عسكري إن الميليشيات قصفت الأحياء السكنية.";
        ActorMention m = Actors(text).Last(a => a.Text == "الميليشيات").Mention;
        Assert.Equal(ActorMentionKind.Named, m.MentionKind);
        Assert.Equal(ActorKind.RebelGroup, m.Participant.Kind);
        Assert.Equal(ActorMentionKind.Generic, Find("قصفت الميليشيات الأحياء السكنية في طرابلس.", "الميليشيات").MentionKind);
    }

    [Fact]
    public void A_bare_head_noun_the_article_never_used_for_a_name_refers_to_nobody()
    {
        Assert.DoesNotContain(Actors("وأضاف مدير المرصد أن خمسة مدنيين قتلوا في القصف."), a => a.Mention.Participant.Name == "Syrian Observatory for Human Rights");
    }

    [Theory]
    [InlineData("تقدم الجيش السوري نحو البلدة.", "الجيش السوري", "Military Forces of Syria", "SYR")]
    [InlineData("انسحبت القوات العراقية من الموقع.", "القوات العراقية", "Military Forces of Iraq", "IRQ")]
    [InlineData("اعتقلت الشرطة المصرية ثلاثة أشخاص.", "الشرطة المصرية", "Police Forces of Egypt", "EGY")]
    public void An_institution_takes_its_country_from_the_nisba_after_it(string text, string surface, string name, string country)
    {
        ActorMention m = Find(text, surface);
        Assert.Equal(ActorMentionKind.Institution, m.MentionKind);
        Assert.Equal(name, m.Participant.Name);
        Assert.Equal(country, m.Participant.Country);
    }

    [Fact]
    public void A_capital_after_a_government_word_names_the_country()
    {
        ActorMention m = Find("قالت وزارة الدفاع لدى حكومة باماكو إن الوضع هادئ.", "وزارة الدفاع لدى حكومة باماكو");
        Assert.Equal("Ministry of Defence of Mali", m.Participant.Name);
        Assert.Equal(ActorKind.Government, m.Participant.Kind);
    }

    [Fact]
    public void A_standalone_institution_takes_the_country_the_article_is_about()
    {
        ActorMention m = Find("قصفت طائرات روسية مواقع في سوريا، وقال الجيش إن العملية مستمرة.", "الجيش");
        Assert.Equal("SYR", m.Participant.Country);
    }

    [Fact]
    public void Forces_in_local_news_are_of_the_country_of_its_places()
    {
        // No country is named, only Tunisian places: the security agent is of Tunisia's police.
        ActorMention m = Find("استشهد عون أمن في هجوم على دورية بمعتمدية فريانة من ولاية القصرين.", "عون أمن");
        Assert.Equal("TUN", m.Participant.Country);
        Assert.Equal("Police Forces of Tunisia", m.Participant.Name);
    }

    [Fact]
    public void An_official_by_title_is_a_source_of_his_government()
    {
        ActorMention m = Find("وقال سفير تونس لدى ليبيا إن المعبر سيفتح غدا.", "سفير تونس لدى ليبيا");
        Assert.Equal(ActorMentionKind.Official, m.MentionKind);
        Assert.Equal("Government of Tunisia", m.Affiliation?.Name);
        Assert.Equal(SourceKind.Government, m.Actor.SourceKind);
    }

    [Fact]
    public void A_person_named_before_a_title_belongs_to_the_group_of_the_title()
    {
        ActorMention m = Find("وقال محمد ولد سالم قائد حركة الشباب المجاهدين إن عناصره انسحبوا.", "محمد ولد سالم قائد حركة الشباب المجاهدين");
        Assert.Equal(ActorMentionKind.Official, m.MentionKind);
        Assert.Equal(SourceKind.ArmedGroup, m.Actor.SourceKind);
        Assert.Equal(ActorKind.RebelGroup, m.Participant.Kind);
    }

    [Fact]
    public void A_surname_alone_later_is_the_person_named_in_full()
    {
        var actors = Actors("قال عبد الرحيم بوزيان زعيم حركة الشباب إن مقاتليه صامدون. وأضاف بوزيان أن المعارك مستمرة.");
        var surname = actors.Single(a => a.Text == "بوزيان").Mention;
        Assert.Equal(ActorKind.RebelGroup, surname.Participant.Kind);
    }

    [Fact]
    public void The_preposition_على_is_not_the_name_علي()
    {
        Assert.DoesNotContain(Actors("اتفق الطرفان على هدنة جديدة."), a => a.Mention.MentionKind == ActorMentionKind.Person);
    }

    [Theory]
    [InlineData("قتل شاب برصاص الجنود في مدينة الخليل صباح السبت.")]
    [InlineData("اعترضت الدفاعات الجوية صاروخا أطلق باتجاه الرياض مساء الأحد.")]
    public void A_given_name_with_the_definite_article_is_no_person(string text)
    {
        // الخليل is Hebron and الرياض Riyadh, not men called خليل صباح or رياض مساء.
        Assert.DoesNotContain(Actors(text), a => a.Mention.MentionKind == ActorMentionKind.Person);
        Assert.Contains(Actors("وقال خليل صباح إن الحركة سترد."), a => a.Mention.MentionKind == ActorMentionKind.Person && a.Text.StartsWith("خليل", StringComparison.Ordinal));
    }

    [Fact]
    public void A_written_hamza_is_not_dropped_to_read_a_name()
    {
        // بأن is the conjunction, not the name بان; without its hamza a name still reads (اسامة).
        Assert.DoesNotContain(Actors("وأفاد مراسلنا بأن أربعة أشخاص أصيبوا."), a => a.Mention.MentionKind == ActorMentionKind.Person);
        Assert.Contains(Actors("وقال اسامة حمدان إن الحركة سترد."), a => a.Mention.MentionKind == ActorMentionKind.Person && a.Text.StartsWith("اسامة", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وقال قيادي في حركة طالبان إن مقاتلي الحركة سيطروا على الحاجز.", "قيادي في حركة طالبان", "Taliban")]
    [InlineData("وأكد مسؤول في وزارة الداخلية أن الطريق أغلق.", "مسؤول في وزارة الداخلية", "Ministry of Interior")]
    public void A_title_in_a_body_belongs_to_that_body(string text, string surface, string body)
    {
        ActorMention m = Find(text, surface);
        Assert.Equal(ActorMentionKind.Official, m.MentionKind);
        Assert.Contains(body, m.Affiliation?.Name ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_in_a_town_names_no_body()
    {
        ActorMention m = Assert.Single(Actors("وقال مسؤول في مدينة الرمادي إن الطريق أغلق."), a => a.Mention.MentionKind == ActorMentionKind.Official).Mention;
        Assert.Null(m.Affiliation);
    }

    [Fact]
    public void An_officer_is_a_source_of_the_security_forces()
    {
        Assert.Contains(Actors("وقال ضابط في الجيش إن الهجوم صُد."), a => a.Mention.MentionKind == ActorMentionKind.Official && a.Text.StartsWith("ضابط", StringComparison.Ordinal));
    }

    [Fact]
    public void A_generic_noun_resolves_to_the_one_named_group_of_its_kind()
    {
        var actors = Actors("هاجم تحالف توارق شمال مالي من أجل التغيير موقعا للجيش. وقال المتمردون إنهم سيطروا عليه.");
        ActorMention rebels = actors.Single(a => a.Text == "المتمردون").Mention;
        Assert.Contains("ATNMC", rebels.Participant.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_head_noun_with_the_article_refers_back_to_the_group()
    {
        var actors = Actors("أعلن تنظيم داعش مسؤوليته عن التفجير. وأضاف بيان التنظيم أن عناصره عادوا.");
        Assert.Contains(actors, a => a.Text.EndsWith("التنظيم", StringComparison.Ordinal) && a.Mention.Participant.Name.Contains("ISIS", StringComparison.Ordinal));
    }

    [Fact]
    public void Civilians_of_a_country_are_named_by_the_nisba()
    {
        ActorMention m = Find("قتل خمسة مدنيين يمنيين في القصف.", "مدنيين يمنيين");
        Assert.Equal(ActorKind.Civilians, m.Participant.Kind);
        Assert.Equal("YEM", m.Participant.Country);
    }
}
