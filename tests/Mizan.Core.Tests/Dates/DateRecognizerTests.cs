using Mizan.Dates;
using Mizan.Events;
using static Mizan.Tests.Dates.DateTestSupport;

namespace Mizan.Tests.Dates;

public class DateRecognizerTests
{
    // ------------------------------------------------------------ weekdays

    [Fact]
    public void A_bare_weekday_on_the_reference_day_is_that_day()
    {
        var (text, mention) = Only("انفجرت سيارة مفخخة مساء الأحد قرب السوق.", Sunday20180902);
        Assert.Equal("مساء الأحد", text);
        AssertDay(mention, Sunday20180902);
        Assert.True(mention.IsRelative);
    }

    [Theory]
    [InlineData("الخميس", "2018-08-30")]
    [InlineData("السبت", "2018-09-01")]
    [InlineData("الاثنين", "2018-08-27")]
    [InlineData("الإثنين", "2018-08-27")]
    [InlineData("الأربعاء", "2018-08-29")]
    public void A_bare_weekday_is_the_most_recent_such_day(string weekday, string expected)
    {
        var (_, mention) = Only($"وأعلنت الوزارة {weekday} مقتل ثلاثة جنود.", Sunday20180902);
        AssertDay(mention, DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("الجمعة الماضية", "2018-08-31")]
    [InlineData("الأحد الماضي", "2018-08-26")]
    [InlineData("الثلاثاء الفارط", "2018-08-28")]
    [InlineData("السبت المنصرم", "2018-09-01")]
    [InlineData("الأحد المقبل", "2018-09-09")]
    [InlineData("الاثنين القادم", "2018-09-03")]
    [InlineData("الجمعة المقبلة", "2018-09-07")]
    public void A_weekday_with_a_direction_is_strictly_before_or_after_the_reference(string expression, string expected)
    {
        var (text, mention) = Only($"قالت اللجنة إن الهدنة أعلنت {expression} في المدينة.", Sunday20180902);
        Assert.Equal(expression, text);
        AssertDay(mention, DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Since_a_past_weekday_keeps_since_in_the_span_and_marks_the_boundary()
    {
        var (text, mention) = Only("ارتفعت حصيلة المواجهات منذ الاثنين الماضي إلى 40 قتيلا.", Sunday20180902);
        Assert.Equal("منذ الاثنين الماضي", text);
        AssertDay(mention, new DateOnly(2018, 8, 27));
        Assert.Equal(DateBoundary.Since, mention.Boundary);
    }

    [Fact]
    public void Day_cue_before_a_weekday_is_part_of_the_span()
    {
        var (text, mention) = Only("وصل الوفد يوم الخميس إلى العاصمة.", Sunday20180902);
        Assert.Equal("يوم الخميس", text);
        AssertDay(mention, new DateOnly(2018, 8, 30));
    }

    [Fact]
    public void A_weekday_with_an_explicit_date_takes_the_date()
    {
        var (text, mention) = Only("قتل القائد في غارة يوم الخميس 19 أبريل/نيسان 2018 قرب الساحل.", null);
        Assert.Equal("يوم الخميس 19 أبريل/نيسان 2018", text);
        AssertDay(mention, new DateOnly(2018, 4, 19));
        Assert.False(mention.IsRelative);
    }

    [Fact]
    public void A_weekday_and_its_agreeing_date_are_one_expression()
    {
        var (text, mention) = Only("تبدأ المفاوضات السبت الموافق 2 يونيو 2018 في جنيف.", null);
        Assert.Equal("السبت الموافق 2 يونيو 2018", text);
        AssertDay(mention, new DateOnly(2018, 6, 2));
    }

    [Fact]
    public void A_weekday_with_the_conjunction_keeps_the_conjunction_out_of_the_span()
    {
        var (text, mention) = Only("هاجم المسلحون القرية والخميس الماضي عادوا إليها.", Sunday20180902);
        Assert.Equal("الخميس الماضي", text);
        AssertDay(mention, new DateOnly(2018, 8, 30));
    }

    [Theory]
    [InlineData("السبت قبل الماضي", "2018-08-25")]
    [InlineData("الجمعة قبل الماضية", "2018-08-24")]
    public void A_weekday_before_last_is_a_week_further_back(string expression, string expected)
    {
        var (text, mention) = Only($"سقطت القذيفة {expression} على الحي.", Sunday20180902);
        Assert.Equal(expression, text);
        AssertDay(mention, DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    // ------------------------------------------------------------ relative days

    [Theory]
    [InlineData("أمس", -1)]
    [InlineData("بالأمس", -1)]
    [InlineData("البارحة", -1)]
    [InlineData("أول أمس", -2)]
    [InlineData("أول من أمس", -2)]
    [InlineData("اليوم", 0)]
    [InlineData("غدا", 1)]
    [InlineData("غداً", 1)]
    [InlineData("بعد غد", 2)]
    [InlineData("الليلة", 0)]
    [InlineData("الليلة الماضية", -1)]
    [InlineData("قبل يومين", -2)]
    public void Relative_days_count_from_the_reference(string expression, int offset)
    {
        var (_, mention) = Only($"قال المتحدث إن الطائرات قصفت المواقع {expression} بكثافة.", Thursday20180607);
        AssertDay(mention, Thursday20180607.AddDays(offset));
    }

    [Fact]
    public void Days_ago_is_the_week_before_the_reference()
    {
        var (text, mention) = Only("وقبل أيام أطلق المسلحون صواريخ على المطار.", Thursday20180607);
        Assert.Equal("قبل أيام", text);
        AssertRange(mention, new DateOnly(2018, 5, 31), new DateOnly(2018, 6, 6), DatePrecision.Week);
    }

    [Fact]
    public void Days_before_an_event_is_not_a_date()
    {
        Assert.Empty(Find("انسحبت القوات قبل أيام من الهجوم على المدينة.", Thursday20180607));
    }

    [Theory]
    [InlineData("مساء أمس", -1)]
    [InlineData("صباح اليوم", 0)]
    [InlineData("فجر اليوم", 0)]
    [InlineData("ظهر أمس", -1)]
    [InlineData("عصر اليوم", 0)]
    [InlineData("ليلة أمس", -1)]
    [InlineData("يوم أمس", -1)]
    public void A_time_of_day_keeps_day_precision_and_joins_the_span(string expression, int offset)
    {
        var (text, mention) = Only($"اندلعت اشتباكات عنيفة {expression} في الحي الشرقي.", Thursday20180607);
        Assert.Equal(expression, text);
        AssertDay(mention, Thursday20180607.AddDays(offset));
    }

    [Fact]
    public void The_night_of_a_weekday_is_that_weekday()
    {
        // Documented rule: ليلة الأربعاء is Wednesday (not the Tuesday evening of the older reckoning).
        var (text, mention) = Only("تعرضت البلدة لقصف ليلة الأربعاء.", Thursday20180607);
        Assert.Equal("ليلة الأربعاء", text);
        AssertDay(mention, new DateOnly(2018, 6, 6));
    }

    [Fact]
    public void The_early_hours_of_a_morning_are_one_expression()
    {
        var (text, mention) = Only("استهدفت المدفعية البلدة في الساعات الأولى من صباح الجمعة.", new DateOnly(2018, 6, 8));
        Assert.Equal("الساعات الأولى من صباح الجمعة", text);
        AssertDay(mention, new DateOnly(2018, 6, 8));
    }

    [Fact]
    public void Today_and_its_weekday_are_one_expression()
    {
        var found = Find("أعلن الجيش اليوم الخميس سيطرته على التلة، وكان قد تقدم أمس الأربعاء.", Thursday20180607);
        Assert.Equal(["اليوم الخميس", "أمس الأربعاء"], found.Select(f => f.Text));
        AssertDay(found[0].Mention, Thursday20180607);
        AssertDay(found[1].Mention, new DateOnly(2018, 6, 6));
    }

    [Fact]
    public void Today_with_its_weekday_and_full_date_takes_the_date()
    {
        var (text, mention) = Only("أوقفت الوحدات الأمنية اليوم السبت 24 ديسمبر 2016 ثلاثة مشتبه بهم.", null);
        Assert.Equal("اليوم السبت 24 ديسمبر 2016", text);
        AssertDay(mention, new DateOnly(2016, 12, 24));
    }

    [Fact]
    public void Yesterday_with_its_weekday_in_brackets_is_one_expression()
    {
        var (text, mention) = Only("استمر الوضع الذي ساد أمس (السبت) في المدينة.", Sunday20180902);
        Assert.Equal("أمس (السبت)", text);
        AssertDay(mention, new DateOnly(2018, 9, 1));
    }

    [Theory]
    [InlineData("وفي اليوم التالي انسحبت القوات من البلدة.")]
    [InlineData("وفي ذلك اليوم قتل ثلاثة مدنيين.")]
    [InlineData("وفي اليوم الأول للهجوم تقدمت القوات.")]
    [InlineData("ولليوم السادس على التوالي قصفت الطائرات الجيب.")]
    [InlineData("يصوم المسلمون 18 ساعة في اليوم.")]
    [InlineData("يراقب الجهاز المريض على مدى اليوم.")]
    [InlineData("يحتفل العالم باليوم العالمي للمرأة.")]
    [InlineData("انطلقت فعاليات #اليوم_المفتوح في المدرسة.")]
    public void The_day_as_a_noun_is_not_today(string sentence)
    {
        Assert.Empty(Find(sentence, Thursday20180607));
    }

    // ------------------------------------------------------------ months, weeks and years relative to the reference

    [Fact]
    public void A_day_of_the_current_month()
    {
        var (text, mention) = Only("هاجموا قافلة في 2 من الشهر الجاري قرب الحدود.", new DateOnly(2008, 6, 9));
        Assert.Equal("2 من الشهر الجاري", text);
        AssertDay(mention, new DateOnly(2008, 6, 2));
    }

    [Fact]
    public void An_ordinal_day_of_the_current_month()
    {
        var (text, mention) = Only("تنتهي المهلة في الحادي والعشرين من الشهر الحالي.", Thursday20180607);
        Assert.Equal("الحادي والعشرين من الشهر الحالي", text);
        AssertDay(mention, new DateOnly(2018, 6, 21));
    }

    [Theory]
    [InlineData("الشهر الجاري", "2018-06-01", "2018-06-30")]
    [InlineData("الشهر الحالي", "2018-06-01", "2018-06-30")]
    [InlineData("هذا الشهر", "2018-06-01", "2018-06-30")]
    [InlineData("الشهر الماضي", "2018-05-01", "2018-05-31")]
    [InlineData("الشهر الفائت", "2018-05-01", "2018-05-31")]
    [InlineData("الشهر المنصرم", "2018-05-01", "2018-05-31")]
    [InlineData("الشهر المقبل", "2018-07-01", "2018-07-31")]
    public void Named_months_have_month_precision(string expression, string start, string end)
    {
        var (text, mention) = Only($"تضاعف عدد النازحين خلال {expression} في المحافظة.", Thursday20180607);
        Assert.Equal(expression, text);
        AssertRange(mention, Day(start), Day(end), DatePrecision.Month);
    }

    [Theory]
    [InlineData("الأسبوع الماضي", "2018-05-26", "2018-06-01")]
    [InlineData("الأسبوع الجاري", "2018-06-02", "2018-06-08")]
    [InlineData("هذا الأسبوع", "2018-06-02", "2018-06-08")]
    [InlineData("الأسبوع المقبل", "2018-06-09", "2018-06-15")]
    public void Weeks_run_from_saturday_to_friday(string expression, string start, string end)
    {
        var (_, mention) = Only($"عقد المجلس جلسة طارئة {expression} لبحث الوضع.", Thursday20180607);
        AssertRange(mention, Day(start), Day(end), DatePrecision.Week);
        Assert.Equal(DayOfWeek.Saturday, mention.Start!.Value.DayOfWeek);
    }

    [Theory]
    [InlineData("العام الماضي", 2017)]
    [InlineData("العام الفائت", 2017)]
    [InlineData("السنة الماضية", 2017)]
    [InlineData("العام الجاري", 2018)]
    [InlineData("هذا العام", 2018)]
    [InlineData("العام المقبل", 2019)]
    public void Named_years_have_year_precision(string expression, int year)
    {
        var (_, mention) = Only($"سقط مئات القتلى {expression} في الإقليم.", Thursday20180607);
        AssertRange(mention, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);
    }

    [Theory]
    [InlineData("الأسبوع قبل الماضي", "2018-05-19", "2018-05-25", DatePrecision.Week)]
    [InlineData("الشهر قبل الماضي", "2018-04-01", "2018-04-30", DatePrecision.Month)]
    [InlineData("العام قبل الماضي", "2016-01-01", "2016-12-31", DatePrecision.Year)]
    public void Periods_before_last_go_two_periods_back(string expression, string start, string end, DatePrecision precision)
    {
        var (_, mention) = Only($"وقع الاعتداء {expression} قرب الحدود.", Thursday20180607);
        AssertRange(mention, Day(start), Day(end), precision);
    }

    [Fact]
    public void The_end_of_the_fiscal_year_is_not_a_calendar_period()
    {
        Assert.Empty(Find("أعلنت الشركة أرباحها قبل نهاية السنة المالية.", Thursday20180607));
    }

    [Theory]
    [InlineData("قال الأمين العام السابق إن الأزمة طالت.")]
    [InlineData("طالب النائب العام الحالي بفتح تحقيق.")]
    public void The_general_as_an_adjective_is_not_a_year(string sentence)
    {
        Assert.Empty(Find(sentence, Thursday20180607));
    }

    [Theory]
    [InlineData("مطلع الشهر", "2018-06-01", "2018-06-10", DatePrecision.Week)]
    [InlineData("منتصف الشهر الماضي", "2018-05-11", "2018-05-20", DatePrecision.Week)]
    [InlineData("أواخر أيار", "2018-05-21", "2018-05-31", DatePrecision.Week)]
    [InlineData("أواخر العام الماضي", "2017-10-01", "2017-12-31", DatePrecision.Month)]
    [InlineData("أواخر 2014", "2014-10-01", "2014-12-31", DatePrecision.Month)]
    [InlineData("مطلع 2016", "2016-01-01", "2016-03-31", DatePrecision.Month)]
    [InlineData("منتصف 2016", "2016-05-01", "2016-08-31", DatePrecision.Month)]
    [InlineData("مطلع الأسبوع المقبل", "2018-06-09", "2018-06-11", DatePrecision.Week)]
    public void Parts_of_periods_narrow_the_period(string expression, string start, string end, DatePrecision precision)
    {
        var (text, mention) = Only($"ظهر التنظيم في المنطقة {expression} وفق المصادر.", Thursday20180607);
        Assert.Equal(expression, text);
        AssertRange(mention, Day(start), Day(end), precision);
    }

    // ------------------------------------------------------------ month names

    [Theory]
    [InlineData("2 يونيو 2008", "2008-06-02", "2008-06-02", DatePrecision.Day)]
    [InlineData("أبريل 2003", "2003-04-01", "2003-04-30", DatePrecision.Month)]
    [InlineData("أبريل/ نيسان عام 2003", "2003-04-01", "2003-04-30", DatePrecision.Month)]
    [InlineData("أكتوبر/تشرين الأول 2017", "2017-10-01", "2017-10-31", DatePrecision.Month)]
    [InlineData("يوليو /تموز 2016", "2016-07-01", "2016-07-31", DatePrecision.Month)]
    [InlineData("أغسطس/آب 2014", "2014-08-01", "2014-08-31", DatePrecision.Month)]
    [InlineData("أبريل (نيسان) 2015", "2015-04-01", "2015-04-30", DatePrecision.Month)]
    [InlineData("يناير كانون الثاني 2015", "2015-01-01", "2015-01-31", DatePrecision.Month)]
    [InlineData("12 يونيو حزيران 2018", "2018-06-12", "2018-06-12", DatePrecision.Day)]
    [InlineData("يناير/كانون ثاني 2018", "2018-01-01", "2018-01-31", DatePrecision.Month)]
    [InlineData("كانون الثاني 2012", "2012-01-01", "2012-01-31", DatePrecision.Month)]
    [InlineData("تشرين الثاني 2011", "2011-11-01", "2011-11-30", DatePrecision.Month)]
    [InlineData("جانفي 2017", "2017-01-01", "2017-01-31", DatePrecision.Month)]
    [InlineData("أفريل 2016", "2016-04-01", "2016-04-30", DatePrecision.Month)]
    [InlineData("جويلية 2015", "2015-07-01", "2015-07-31", DatePrecision.Month)]
    [InlineData("أوت 2015", "2015-08-01", "2015-08-31", DatePrecision.Month)]
    [InlineData("يونيه 1967", "1967-06-01", "1967-06-30", DatePrecision.Month)]
    [InlineData("26 ديسمبر 2014", "2014-12-26", "2014-12-26", DatePrecision.Day)]
    [InlineData("الثاني من يونيو 2018", "2018-06-02", "2018-06-02", DatePrecision.Day)]
    public void Month_names_with_a_year_resolve_without_a_reference(string expression, string start, string end, DatePrecision precision)
    {
        var (text, mention) = Only($"اعتقلت السلطات الناشط في {expression} قرب الحدود.", null);
        Assert.Equal(expression, text);
        AssertRange(mention, Day(start), Day(end), precision);
        Assert.False(mention.IsRelative);
    }

    [Theory]
    [InlineData("في يونيو", "2018-06-01", "2018-06-30")]
    [InlineData("في أكتوبر", "2017-10-01", "2017-10-31")]
    [InlineData("شهر شباط", "2018-02-01", "2018-02-28")]
    [InlineData("مارس/آذار الماضي", "2018-03-01", "2018-03-31")]
    [InlineData("يونيو الماضي", "2017-06-01", "2017-06-30")]
    [InlineData("كانون الأول الماضي", "2017-12-01", "2017-12-31")]
    [InlineData("مايو الماضي", "2018-05-01", "2018-05-31")]
    [InlineData("يونيو المقبل", "2019-06-01", "2019-06-30")]
    public void A_month_without_a_year_is_the_most_recent_one_not_after_the_reference_month(string expression, string start, string end)
    {
        var found = Find($"وقعت المواجهات {expression} بين الطرفين.", Thursday20180607);
        var mention = Assert.Single(found).Mention;
        AssertRange(mention, Day(start), Day(end), DatePrecision.Month);
        Assert.True(mention.IsRelative);
    }

    [Theory]
    [InlineData("يناير من العام المقبل", "2019-01-01", "2019-01-31", DatePrecision.Month)]
    [InlineData("نوفمبر من العام قبل الماضي", "2016-11-01", "2016-11-30", DatePrecision.Month)]
    [InlineData("مارس من هذا العام", "2018-03-01", "2018-03-31", DatePrecision.Month)]
    [InlineData("15 مارس من العام الماضي", "2017-03-15", "2017-03-15", DatePrecision.Day)]
    [InlineData("مارس من عام 2011", "2011-03-01", "2011-03-31", DatePrecision.Month)]
    public void A_month_of_a_named_year_takes_that_year(string expression, string start, string end, DatePrecision precision)
    {
        var (text, mention) = Only($"تقرر إجراء الانتخابات في {expression} وفق الدستور.", Thursday20180607);
        Assert.Equal(expression, text);
        AssertRange(mention, Day(start), Day(end), precision);
    }

    [Fact]
    public void A_day_and_month_without_a_year_take_the_year_of_the_month()
    {
        var (text, mention) = Only("أغلق المعبر في 19 أبريل بعد القصف.", Thursday20180607);
        Assert.Equal("19 أبريل", text);
        AssertDay(mention, new DateOnly(2018, 4, 19));
    }

    [Theory]
    [InlineData("مارس الجيش ضغوطا كبيرة على المسلحين.")]
    [InlineData("وقال رمضان إن رجب سيحضر الاجتماع مع شعبان.")]
    [InlineData("سجلت المستشفيات صفر إصابات جديدة.")]
    [InlineData("وصل آب الضحية إلى المستشفى.")]
    public void Month_names_that_are_also_words_need_a_cue(string sentence)
    {
        Assert.Empty(Find(sentence, Thursday20180607));
    }

    [Theory]
    [InlineData("في مارس", "2018-03-01")]
    [InlineData("شهر مارس", "2018-03-01")]
    [InlineData("5 مارس", "2018-03-05")]
    [InlineData("مارس 2011", "2011-03-01")]
    public void An_ambiguous_month_name_counts_with_a_cue(string expression, string start)
    {
        var (_, mention) = Only($"اندلعت الاحتجاجات {expression} في العاصمة.", Thursday20180607);
        Assert.Equal(Day(start), mention.Start);
    }

    // ------------------------------------------------------------ Hijri

    [Fact]
    public void A_hijri_date_is_converted_with_the_umm_al_qura_calendar()
    {
        var (text, mention) = Only("نفذ الهجوم في 10 محرم 1440 هـ وفق البيان.", null);
        Assert.Equal("10 محرم 1440 هـ", text);
        AssertDay(mention, new DateOnly(2018, 9, 20));
        Assert.False(mention.IsRelative);
    }

    [Fact]
    public void A_hijri_month_after_month_cue_is_the_most_recent_such_month()
    {
        var (text, mention) = Only("تراجعت الهجمات خلال شهر رمضان في المدينة.", Thursday20180607);
        Assert.Equal("شهر رمضان", text);
        AssertRange(mention, new DateOnly(2018, 5, 16), new DateOnly(2018, 6, 14), DatePrecision.Month);
    }

    [Fact]
    public void A_hijri_month_with_a_hijri_year()
    {
        var (text, mention) = Only("صدر القرار في ذي الحجة 1438 هـ بعد مشاورات.", null);
        Assert.Equal("ذي الحجة 1438 هـ", text);
        AssertRange(mention, new DateOnly(2017, 8, 23), new DateOnly(2017, 9, 20), DatePrecision.Month);
    }

    [Fact]
    public void A_hijri_year_has_year_precision()
    {
        var (text, mention) = Only("تأسست الجمعية سنة 1439 هـ في المدينة.", null);
        Assert.Equal("سنة 1439 هـ", text);
        AssertRange(mention, new DateOnly(2017, 9, 21), new DateOnly(2018, 9, 10), DatePrecision.Year);
    }

    // ------------------------------------------------------------ numbers

    [Theory]
    [InlineData("30/5/2018", "2018-05-30")]
    [InlineData("30-5-2018", "2018-05-30")]
    [InlineData("30.5.2018", "2018-05-30")]
    [InlineData("2018-05-30", "2018-05-30")]
    [InlineData("2018/5/30", "2018-05-30")]
    [InlineData("٣٠/٥/٢٠١٨", "2018-05-30")]
    [InlineData("5/30/2018", "2018-05-30")]
    public void Numeric_dates_resolve_day_first(string expression, string expected)
    {
        var (text, mention) = Only($"شارك الآلاف في الإضراب العام يوم {expression} في العاصمة.", null);
        Assert.Equal($"يوم {expression}", text);
        AssertDay(mention, Day(expected));
    }

    [Theory]
    [InlineData("31/2/2018")]
    [InlineData("45/3/2018")]
    [InlineData("12/30/40")]
    public void Impossible_numeric_dates_are_not_dates(string expression)
    {
        Assert.Empty(Find($"وصلت الشحنة رقم {expression} إلى الميناء.", null));
    }

    [Theory]
    [InlineData("عام 2005", 2005)]
    [InlineData("العام 2014", 2014)]
    [InlineData("سنة 1979", 1979)]
    [InlineData("2018م", 2018)]
    public void Years_after_a_year_word_have_year_precision(string expression, int year)
    {
        var (text, mention) = Only($"شهدت المنطقة معارك {expression} بين القوات.", null);
        Assert.Equal(expression, text);
        AssertRange(mention, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);
        Assert.False(mention.IsRelative);
    }

    [Fact]
    public void A_year_after_a_proclitic_keeps_the_proclitic_out_of_the_span()
    {
        var (text, _) = Only("بموجب القانون رقم 30 لعام 2007 وتعديلاته.", null);
        Assert.Equal("عام 2007", text);
    }

    [Fact]
    public void Since_a_year_is_a_boundary()
    {
        var (text, mention) = Only("تحاصر القوات البلدة منذ 2013 دون انقطاع.", null);
        Assert.Equal("منذ 2013", text);
        Assert.Equal(DateBoundary.Since, mention.Boundary);
        AssertRange(mention, new DateOnly(2013, 1, 1), new DateOnly(2013, 12, 31), DatePrecision.Year);
    }

    [Fact]
    public void A_year_after_in_leaves_in_out_of_the_span()
    {
        var (text, mention) = Only("اعتنق الفكر المتطرف في 2009 ثم سافر.", null);
        Assert.Equal("2009", text);
        Assert.Equal(new DateOnly(2009, 1, 1), mention.Start);
    }

    [Theory]
    [InlineData("ومن بين تلك الهجمات تفجير استهدف سوقا في 2016 قتل فيه عشرات المدنيين.", 2016)]
    [InlineData("وكان الحي قد تعرض لهجوم مماثل في 2015 أسفر عن سقوط قتلى.", 2015)]
    public void A_year_after_in_before_a_verb_of_report_is_a_year(string sentence, int year)
    {
        var (text, mention) = Only(sentence, null);
        Assert.Equal(year.ToString(System.Globalization.CultureInfo.InvariantCulture), text);
        AssertRange(mention, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);
    }

    [Theory]
    [InlineData("دمرت الغارات أكثر من 2000 منزل.")]
    [InlineData("وزعت المنظمة المساعدات في 2000 منزل.")]
    [InlineData("يعود تاريخ المدينة إلى ما قبل 2000 عام.")]
    [InlineData("قتل 1985 شخصا منذ 2000 عام.")]
    public void Counts_are_not_years(string sentence)
    {
        Assert.Empty(Find(sentence, null));
    }

    [Fact]
    public void From_one_year_until_another_gives_two_mentions()
    {
        var found = Find("سجن من عام 2005 حتى عام 2011 في ليبيا.", null);
        Assert.Equal(["عام 2005", "حتى عام 2011"], found.Select(f => f.Text));
        Assert.Equal(DateBoundary.Until, found[1].Mention.Boundary);
    }

    // ------------------------------------------------------------ no reference

    [Fact]
    public void Without_a_reference_relative_dates_stay_unresolved()
    {
        var found = Find("وصل الوفد أمس، وغادر الخميس الماضي، وعاد في 2 من الشهر الجاري، ثم سافر في يونيو.", null);
        Assert.Equal(["أمس", "الخميس الماضي", "2 من الشهر الجاري", "يونيو"], found.Select(f => f.Text));
        Assert.All(found, f =>
        {
            Assert.True(f.Mention.IsRelative);
            Assert.False(f.Mention.IsResolved);
            Assert.Null(f.Mention.Start);
            Assert.Null(f.Mention.End);
            Assert.Null(f.Mention.Precision);
        });
    }

    [Fact]
    public void Without_a_reference_absolute_dates_still_resolve()
    {
        var found = Find("اندلعت الحرب عام 2005 وتوقفت في أبريل 2003 ثم في 30/5/2018.", null);
        Assert.Equal(3, found.Count);
        Assert.All(found, f =>
        {
            Assert.False(f.Mention.IsRelative);
            Assert.True(f.Mention.IsResolved);
        });
    }

    // ------------------------------------------------------------ order and spans

    [Fact]
    public void Mentions_come_in_text_order_with_tokens_and_spans_that_agree()
    {
        const string text = "قصفت الطائرات القرية فجر الخميس الماضي، وقتل 5 أمس، ويعقد المجلس جلسته الأسبوع المقبل.";
        var mentions = Recognizer.Recognize(text, Thursday20180607);
        Assert.Equal(3, mentions.Length);
        for (int i = 1; i < mentions.Length; i++)
        {
            Assert.True(mentions[i - 1].Span.End <= mentions[i].Span.Start);
            Assert.True(mentions[i - 1].EndToken <= mentions[i].FirstToken);
        }

        var normalized = Mizan.Languages.Arabic.ArabicNormalizer.Normalize(text);
        var tokens = Mizan.Tokenization.Tokenizer.Tokenize(normalized);
        foreach (DateMention mention in mentions)
        {
            Assert.Equal(tokens[mention.EndToken - 1].Span.End, mention.Span.End);
            Assert.True(tokens[mention.FirstToken].Span.Start <= mention.Span.Start);
        }
    }

    [Fact]
    public void Text_without_dates_gives_nothing()
    {
        Assert.Empty(Find("قتل خمسة أشخاص وجرح عشرة آخرون في انفجار عبوة ناسفة بالمدينة.", Thursday20180607));
        Assert.Empty(Find(string.Empty, Thursday20180607));
    }

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
