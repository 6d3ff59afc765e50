using Mizan.Numbers;
using static Mizan.Tests.Numbers.NumberTestSupport;

namespace Mizan.Tests.Numbers;

public class NumberRecognizerTests
{
    [Theory]
    [InlineData("قتل 20 مسلحا في الاشتباك", "20", 20)]
    [InlineData("قتل ٢٠ مسلحا في الاشتباك", "٢٠", 20)]
    [InlineData("أصيب ۱۵ شخصا", "۱۵", 15)]
    [InlineData("نزح 1,500 شخص", "1,500", 1500)]
    [InlineData("نزح ١٬٥٠٠ شخص", "١٬٥٠٠", 1500)]
    [InlineData("نزح 12.000 شخص", "12.000", 12000)]
    [InlineData("نزح 1,234,567 شخصا", "1,234,567", 1234567)]
    public void Digits_in_both_scripts_and_with_thousands_separators_are_exact_counts(string text, string expression, long value)
    {
        AssertBounds(Expression(text, expression), value, value, NumberKind.Exact);
    }

    [Fact]
    public void A_decimal_number_keeps_its_fraction_and_rounds_its_bounds_outwards()
    {
        NumberMention mention = Expression("تقدمت القوات 3.5 كيلومتر", "3.5 كيلومتر");
        Assert.Equal((3L, 4L, 3.5m, "km"), (mention.Low, mention.High, mention.Fraction, mention.Unit));
        Assert.Equal(2.5m, Only("ارتفع المؤشر ٢٫٥ بالمئة").Fraction);
        Assert.Equal(8_100_000, Only("يعيش 8,1 ملايين شخص").Low);
    }

    [Theory]
    [InlineData("فر 3 آلاف مدني", "3 آلاف", 3000)]
    [InlineData("يعيش 11 مليون لاجئ", "11 مليون", 11_000_000)]
    [InlineData("حشد 100 ألف جندي", "100 ألف", 100_000)]
    [InlineData("خصصت 1.5 مليون دولار", "1.5 مليون دولار", 1_500_000)]
    [InlineData("بلغت الخسائر 3.899 مليار دولار", "3.899 مليار دولار", 3_899_000_000)]
    [InlineData("نزح ألفا و200 شخص", "ألفا و200", 1200)]
    [InlineData("قدر العدد بمليون و200 ألف نازح", "مليون و200 ألف", 1_200_000)]
    [InlineData("وصل 2 مليون زائر", "2 مليون", 2_000_000)]
    public void Digits_and_scale_words_multiply(string text, string expression, long value)
    {
        NumberMention mention = Expression(text, expression);
        Assert.Equal((value, (long?)value), (mention.Low, mention.High));
    }

    [Theory]
    [InlineData("عاد واحد من الجنود", "واحد", 1)]
    [InlineData("أسرت واحدة من الطائرات", "واحدة", 1)]
    [InlineData("قتل اثنان من الحراس", "اثنان", 2)]
    [InlineData("أسر اثنين من الحراس", "اثنين", 2)]
    [InlineData("جرحت اثنتان من النساء", "اثنتان", 2)]
    [InlineData("قتل ثلاثة جنود", "ثلاثة", 3)]
    [InlineData("دمرت ثلاث سيارات", "ثلاث", 3)]
    [InlineData("قتل ثمانية مسلحين", "ثمانية", 8)]
    [InlineData("هاجموا ثماني قرى", "ثماني", 8)]
    [InlineData("أطلقت عشرة صواريخ", "عشرة", 10)]
    [InlineData("أطلقت عشر قذائف", "عشر", 10)]
    [InlineData("قتل أحد عشر جنديا", "أحد عشر", 11)]
    [InlineData("جرحت إحدى عشرة امرأة", "إحدى عشرة", 11)]
    [InlineData("قتل اثنا عشر شخصا", "اثنا عشر", 12)]
    [InlineData("عثر على اثني عشر جثمانا", "اثني عشر", 12)]
    [InlineData("أفرج عن ثلاثة عشر معتقلا", "ثلاثة عشر", 13)]
    [InlineData("أفرج عن تسع عشرة رهينة", "تسع عشرة", 19)]
    [InlineData("قتل عشرون شخصا", "عشرون", 20)]
    [InlineData("أسر ثلاثين مقاتلا", "ثلاثين", 30)]
    [InlineData("قتل خمسة وعشرون مدنيا", "خمسة وعشرون", 25)]
    [InlineData("قتل تسعة وتسعون شخصا", "تسعة وتسعون", 99)]
    [InlineData("اعتقل تسع وتسعين امرأة", "تسع وتسعين", 99)]
    [InlineData("قتل واحد وأربعون شخصا", "واحد وأربعون", 41)]
    [InlineData("أصيبت إحدى وعشرون امرأة", "إحدى وعشرون", 21)]
    [InlineData("اعتقل اثنان وثلاثون مشتبها", "اثنان وثلاثون", 32)]
    public void Number_words_below_a_hundred_are_read_in_both_genders_and_cases(string text, string expression, long value)
    {
        AssertBounds(Expression(text, expression), value, value, NumberKind.Exact);
    }

    [Theory]
    [InlineData("نزحت مئة عائلة", "مئة", 100)]
    [InlineData("نزحت مائة عائلة", "مائة", 100)]
    [InlineData("دمر مئتان منزل", "مئتان", 200)]
    [InlineData("دمر مئتين من المنازل", "مئتين", 200)]
    [InlineData("أجلت مائتي أسرة", "مائتي", 200)]
    [InlineData("اعتقل ثلاثمئة شخص", "ثلاثمئة", 300)]
    [InlineData("اعتقل ثلاث مئة شخص", "ثلاث مئة", 300)]
    [InlineData("اعتقل ثلاثمائة شخص", "ثلاثمائة", 300)]
    [InlineData("أطلق ثماني مائة صاروخ", "ثماني مائة", 800)]
    [InlineData("نزح مئة وخمسون شخصا", "مئة وخمسون", 150)]
    [InlineData("نزح مئة وخمسة وعشرون شخصا", "مئة وخمسة وعشرون", 125)]
    [InlineData("نزح مئة وثلاثة عشر شخصا", "مئة وثلاثة عشر", 113)]
    public void Hundreds_are_read_as_one_word_or_two_and_with_what_follows_them(string text, string expression, long value)
    {
        AssertBounds(Expression(text, expression), value, value, NumberKind.Exact);
    }

    [Theory]
    [InlineData("فر ألف شخص", "ألف", 1000)]
    [InlineData("فر ألفان من السكان", "ألفان", 2000)]
    [InlineData("فر ألفين من السكان", "ألفين", 2000)]
    [InlineData("فر ثلاثة آلاف مدني", "ثلاثة آلاف", 3000)]
    [InlineData("فر عشرة آلاف مدني", "عشرة آلاف", 10_000)]
    [InlineData("فر أحد عشر ألفا", "أحد عشر ألفا", 11_000)]
    [InlineData("فر عشرون ألف مدني", "عشرون ألف", 20_000)]
    [InlineData("فر خمسة وعشرين ألفا", "خمسة وعشرين ألفا", 25_000)]
    [InlineData("فر مئة ألف مدني", "مئة ألف", 100_000)]
    [InlineData("فر مئتا ألف مدني", "مئتا ألف", 200_000)]
    [InlineData("فر ألف ومائتين", "ألف ومائتين", 1200)]
    [InlineData("فر ألفان وخمسمئة شخص", "ألفان وخمسمئة", 2500)]
    [InlineData("فر ثلاثمئة وخمسون ألفا وأربعمئة وعشرون", "ثلاثمئة وخمسون ألفا وأربعمئة وعشرون", 350_420)]
    [InlineData("يعيش مليون لاجئ", "مليون", 1_000_000)]
    [InlineData("يعيش مليونا لاجئ", "مليونا", 1_000_000)]
    [InlineData("يعيش مليونين من اللاجئين", "مليونين", 2_000_000)]
    [InlineData("يعيش خمسة ملايين لاجئ", "خمسة ملايين", 5_000_000)]
    [InlineData("يعيش مليون ونصف", "مليون", 1_000_000)]
    public void Thousands_and_millions_combine_with_the_numbers_around_them(string text, string expression, long value)
    {
        AssertBounds(Expression(text, expression), value, value, NumberKind.Exact);
    }

    [Theory]
    [InlineData("قتل بعشرين رصاصة", "عشرين", 20)]
    [InlineData("قتل جندي وثلاثة مدنيين", "ثلاثة", 3)]
    [InlineData("أرسلت لخمسة أسر", "خمسة", 5)]
    [InlineData("فوجئوا بألف مقاتل", "ألف", 1000)]
    [InlineData("قال إن الجنود الثلاثة قتلوا", "الثلاثة", 3)]
    [InlineData("وست سيارات أحرقت", "ست", 6)]
    [InlineData("قتل جندي وأحد عشر مدنيا", "أحد عشر", 11)]
    public void A_proclitic_on_the_first_word_is_peeled_and_left_out_of_the_span(string text, string expression, long value)
    {
        AssertBounds(Expression(text, expression), value, value, NumberKind.Exact);
    }

    [Theory]
    [InlineData("هاجموا يوم الاثنين")]
    [InlineData("لست أدري")]
    [InlineData("وصل أحد الجنود")]
    [InlineData("قاتل في إحدى جبهاتهم")]
    [InlineData("عدد القتلى غير معروف")]
    [InlineData("ثلث السكان")]
    [InlineData("في المئة الأولى")]
    [InlineData("استخدم الألف واللام")]
    [InlineData("نجا الطيار وأحد الركاب")]
    [InlineData("في القرن التاسع عشر")]
    [InlineData("هجمات الحادي عشر من سبتمبر")]
    [InlineData("حل في المركز الثاني عشر")]
    public void Words_that_only_look_like_numbers_are_not_numbers(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("قتل جنديين في الهجوم", "جنديين")]
    [InlineData("قتل جنديان في الهجوم", "جنديان")]
    [InlineData("سقط قتيلان", "قتيلان")]
    [InlineData("أصيب شخصين بجروح", "شخصين")]
    [InlineData("خطف طفلين", "طفلين")]
    [InlineData("نقل جريحين إلى المستشفى", "جريحين")]
    [InlineData("اعتقل رجلين اثنين", "رجلين اثنين")]
    [InlineData("أسرت امرأتين", "امرأتين")]
    [InlineData("قصفت بغارتين", "غارتين")]
    public void Duals_of_listed_nouns_are_two(string text, string expression)
    {
        NumberMention mention = Expression(text, expression);
        AssertBounds(mention, 2, 2, NumberKind.Exact);
        Assert.Equal(mention.FirstToken, mention.CountedToken);
    }

    [Theory]
    [InlineData("هاجم المتمردين")]
    [InlineData("قتل مسلحين مجهولين")]
    [InlineData("أصيب مدنيين")]
    [InlineData("فر المقاتلين")]
    public void Plurals_in_ين_are_not_duals(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("استمرت المعارك يومين", "يومين", "day")]
    [InlineData("دامت المعركة ساعتين", "ساعتين", "hour")]
    [InlineData("اختطف قبل شهرين", "شهرين", "month")]
    [InlineData("سجن عامين", "عامين", "year")]
    public void Duals_of_units_are_two_units(string text, string expression, string unit)
    {
        AssertBounds(Expression(text, expression), 2, 2, NumberKind.Exact, unit);
    }

    [Theory]
    [InlineData("أحرقت عدة منازل", "عدة", 3, 9L)]
    [InlineData("أصيب بضعة أشخاص", "بضعة", 3, 9L)]
    [InlineData("بقي بضع ساعات", "بضع ساعات", 3, 9L)]
    [InlineData("قتل عشرات المدنيين", "عشرات", 24, 99L)]
    [InlineData("اعتقلت العشرات", "العشرات", 24, 99L)]
    [InlineData("أصيب مئات المتظاهرين", "مئات", 200, 999L)]
    [InlineData("تظاهر المئات", "المئات", 200, 999L)]
    [InlineData("نزح آلاف السكان", "آلاف", 2000, 9999L)]
    [InlineData("فر الآلاف", "الآلاف", 2000, 9999L)]
    [InlineData("شرد مئات الآلاف", "مئات الآلاف", 200_000, 999_999L)]
    [InlineData("تظاهر عشرات الآلاف", "عشرات الآلاف", 24_000, 99_999L)]
    [InlineData("اعتقل عدد من الناشطين", "عدد من", 3, 9L)]
    [InlineData("اعتقل عددا من الناشطين", "عددا من", 3, 9L)]
    [InlineData("اعتقل العديد من الناشطين", "العديد من", 3, 9L)]
    [InlineData("فر عدة آلاف من السكان", "عدة آلاف", 3000, 9999L)]
    [InlineData("خلفت الحرب مئات آلاف القتلى", "مئات آلاف", 200_000, 999_999L)]
    public void Vague_amounts_are_ranges(string text, string expression, long low, long? high)
    {
        NumberMention mention = Expression(text, expression);
        Assert.Equal((low, high, NumberKind.Vague), (mention.Low, mention.High, mention.Kind));
    }

    [Theory]
    [InlineData("قتل ما لا يقل عن 10 أشخاص", "ما لا يقل عن 10", 10)]
    [InlineData("قتل لا يقل عن عشرة أشخاص", "لا يقل عن عشرة", 10)]
    [InlineData("قتل على الأقل 12 شخصا", "على الأقل 12", 12)]
    [InlineData("قتل 12 على الأقل", "12 على الأقل", 12)]
    [InlineData("قتل ثمانية مسلحين على الأقل", "ثمانية مسلحين على الأقل", 8)]
    [InlineData("قتل خمسة جنود ماليين على الأقل", "خمسة جنود ماليين على الأقل", 5)]
    [InlineData("قتل أكثر من 100 ألف شخص", "أكثر من 100 ألف", 100_000)]
    [InlineData("أصيب بأكثر من ثلاثين شظية", "أكثر من ثلاثين", 30)]
    [InlineData("اعتقل ما يزيد عن 40 شخصا", "ما يزيد عن 40", 40)]
    [InlineData("اعتقل ما يزيد على 40 شخصا", "ما يزيد على 40", 40)]
    [InlineData("اعتقل يزيد على 40 شخصا", "يزيد على 40", 40)]
    [InlineData("اعتقل أزيد من 40 شخصا", "أزيد من 40", 40)]
    [InlineData("قتل عشرون ونيف", "عشرون ونيف", 20)]
    [InlineData("قتل أكثر من عشرات الأشخاص", "أكثر من عشرات", 24)]
    public void At_least_modifiers_give_an_open_upper_bound(string text, string expression, long low)
    {
        AssertBounds(Expression(text, expression), low, null, NumberKind.AtLeast);
    }

    [Theory]
    [InlineData("قتل أقل من 10 أشخاص", "أقل من 10", 10)]
    [InlineData("قد يصل عددهم ما يصل إلى 50 شخصا", "ما يصل إلى 50", 50)]
    public void At_most_modifiers_give_one_to_the_number(string text, string expression, long high)
    {
        AssertBounds(Expression(text, expression), 1, high, NumberKind.AtMost);
    }

    [Theory]
    [InlineData("نزح نحو 300 شخص", "نحو 300", 300)]
    [InlineData("نزح حوالي 300 شخص", "حوالي 300", 300)]
    [InlineData("نزح حوالى 300 شخص", "حوالى 300", 300)]
    [InlineData("قتل قرابة 18 متمردا", "قرابة 18", 18)]
    [InlineData("نزح زهاء ألفي شخص", "زهاء ألفي", 2000)]
    [InlineData("نزح ما يقارب خمسين شخصا", "ما يقارب خمسين", 50)]
    [InlineData("نزح ما يقرب من 70 شخصا", "ما يقرب من 70", 70)]
    [InlineData("نزح 300 شخص تقريبا", "300 شخص تقريبا", 300)]
    public void Approximations_keep_the_number_as_both_bounds(string text, string expression, long value)
    {
        AssertBounds(Expression(text, expression), value, value, NumberKind.Approximate);
    }

    [Theory]
    [InlineData("قتل ما بين 10 و15 شخصا", "ما بين 10 و15", 10, 15)]
    [InlineData("قتل بين عشرة وعشرين شخصا", "بين عشرة وعشرين", 10, 20)]
    [InlineData("تتراوح الكلفة بين 3 ملايين و50 مليون دولار", "بين 3 ملايين و50 مليون دولار", 3_000_000, 50_000_000)]
    [InlineData("نزح ما بين ألف وألفي شخص", "ما بين ألف وألفي", 1000, 2000)]
    public void A_range_gives_both_bounds(string text, string expression, long low, long high)
    {
        NumberMention mention = Expression(text, expression);
        Assert.Equal((low, (long?)high, NumberKind.Range), (mention.Low, mention.High, mention.Kind));
    }

    [Fact]
    public void Between_without_numbers_is_nothing_and_without_a_second_number_leaves_the_first()
    {
        Assert.Empty(Find("اشتباكات بين الطرفين"));
        AssertBounds(Expression("اشتباكات بين 3 جنود ومسلح", "3"), 3, 3, NumberKind.Exact);
    }

    [Theory]
    [InlineData("سار 150 كيلومترا", "150 كيلومترا", "km")]
    [InlineData("سار 150 كيلوا مترا", "150 كيلوا مترا", "km")]
    [InlineData("سار 150 كلم", "150 كلم", "km")]
    [InlineData("سار 150 كم", "150 كم", "km")]
    [InlineData("حفر نفقا طوله 30 مترا", "30 مترا", "m")]
    [InlineData("استمر القصف عشر ساعات", "عشر ساعات", "hour")]
    [InlineData("استمر القصف 24 ساعة", "24 ساعة", "hour")]
    [InlineData("استمر الحصار ثلاثة أيام", "ثلاثة أيام", "day")]
    [InlineData("استمر الحصار خمسة أسابيع", "خمسة أسابيع", "week")]
    [InlineData("استمر الحصار ستة أشهر", "ستة أشهر", "month")]
    [InlineData("دامت الحرب سبع سنوات", "سبع سنوات", "year")]
    [InlineData("ارتفعت الأسعار 20%", "20%", "percent")]
    [InlineData("ارتفعت الأسعار 20 بالمئة", "20 بالمئة", "percent")]
    [InlineData("ارتفعت الأسعار عشرين في المئة", "عشرين في المئة", "percent")]
    [InlineData("دفعت فدية قيمتها 5 ملايين دولار", "5 ملايين دولار", "currency")]
    [InlineData("غرامة 300 دينار", "300 دينار", "currency")]
    [InlineData("ألقت 3 أطنان من المتفجرات", "3 أطنان", "tonne")]
    [InlineData("قتل طفل يبلغ من العمر 12 عاما", "12 عاما", "age")]
    [InlineData("استمرت المعارك لعدة أيام", "عدة أيام", "day")]
    [InlineData("قتل شاب في الـ20 من عمره", "20", "age")]
    public void The_word_after_the_number_makes_it_a_measure(string text, string expression, string unit)
    {
        NumberMention mention = Expression(text, expression);
        Assert.Equal(unit, mention.Unit);
        Assert.False(mention.IsCount);
    }

    [Theory]
    [InlineData("وقع الهجوم عام 2018 في المدينة")]
    [InlineData("منذ 2011 والبلاد في حرب")]
    [InlineData("وقع الهجوم في 30/5/2018 ليلا")]
    [InlineData("بدأ القصف الساعة 10 صباحا")]
    [InlineData("بدأ القصف عند 10:30 صباحا")]
    [InlineData("وقع الهجوم في 2 من الشهر الجاري")]
    [InlineData("وقع الهجوم في 5 يونيو 2018")]
    [InlineData("وقع في أكتوبر/تشرين الأول 2017")]
    [InlineData("حلقت طائرة F16 فوق المدينة")]
    [InlineData("أصيب بكوفيد-19 مرتين")]
    [InlineData("ولد سنة 1439 هـ")]
    [InlineData("بين 2011 و2014 تغير كل شيء")]
    [InlineData("انتهت الحرب في 1990.")]
    [InlineData("فاز في دورة 2006 قد تكون الأخيرة")]
    public void Calendar_numbers_and_names_are_left_to_the_date_recogniser(string text)
    {
        var found = Find(text);
        Assert.True(found.All(f => f.Mention.Unit is not null), Describe(found));
        Assert.DoesNotContain(found, f => f.Text.Any(char.IsDigit));
    }

    [Theory]
    [InlineData("تحطمت طائرة إيرباص 320 قرب المطار")]
    [InlineData("وتبنى المجلس القرار 2118 بالإجماع")]
    [InlineData("صعد الركاب إلى الحافلة رقم 14 صباحا")]
    public void Digits_after_a_word_that_names_by_number_name_a_thing(string text)
    {
        var found = Find(text);
        Assert.DoesNotContain(found, f => f.Text.Any(char.IsDigit));
    }

    [Fact]
    public void A_four_digit_count_with_its_noun_is_still_a_count()
    {
        AssertBounds(Expression("قتل 2000 شخص في الحرب", "2000"), 2000, 2000, NumberKind.Exact);
        AssertBounds(Expression("قتل 1500 شخص", "1500"), 1500, 1500, NumberKind.Exact);
    }

    [Theory]
    [InlineData("قتل 20 متمردا من التوارق", "20", "متمردا")]
    [InlineData("نزح ألف من التوارق", "ألف", "التوارق")]
    [InlineData("لقي 4 أشخاص مصرعهم", "4", "أشخاص")]
    [InlineData("وعدد من الجرحى", "عدد من", "الجرحى")]
    [InlineData("عثر على جثث 15 آخرين", "15", "آخرين")]
    [InlineData("قتل 18 أسيراً", "18", "أسيراً")]
    public void The_counted_noun_after_a_number_is_recorded(string text, string expression, string noun)
    {
        NumberMention mention = Expression(text, expression);
        Assert.Equal(noun, CountedNoun(text, mention));
    }

    [Theory]
    [InlineData("قتل 20 في الهجوم", "20")]
    [InlineData("قتل 20 وأصيب 30", "20")]
    [InlineData("قتل 20، وأصيب آخرون", "20")]
    [InlineData("قتل خلال الأيام الثلاثة الماضية", "الثلاثة")]
    [InlineData("وقف 3 أمام المحكمة", "3")]
    public void Function_words_and_new_clauses_are_not_counted_nouns(string text, string expression)
    {
        Assert.Null(Expression(text, expression).CountedToken);
    }

    [Fact]
    public void Numbers_joined_by_و_without_a_compound_reading_stay_apart()
    {
        var found = Find("قتل ثلاثة وخمسة");
        Assert.Equal(["ثلاثة", "خمسة"], found.Select(f => f.Text));
        Assert.Equal(["عشرين", "ثلاثين"], Find("بعشرين وثلاثين").Select(f => f.Text));
    }

    [Fact]
    public void Mentions_cover_the_title_and_body_text_and_are_ordered()
    {
        var document = Analyse("مقتل 5 جنود" + Mizan.Pipeline.Article.TitleSeparator + "قتل خمسة جنود وأصيب عشرات");
        Assert.Equal([5L, 5L, 24L], document.Numbers.Select(m => m.Low));
        Assert.True(document.Numbers.Zip(document.Numbers.Skip(1)).All(p => p.First.EndToken <= p.Second.FirstToken));
    }

    [Fact]
    public void After_it_written_with_ha_is_not_several()
    {
        // وبعده is بعد + ه ("after it"); بعدة with ة is ب + عدة ("with several").
        Assert.Empty(Find("وبعده غادر الوفد."));
        Assert.Single(Find("وشارك بعدة معارك."));
    }
}
