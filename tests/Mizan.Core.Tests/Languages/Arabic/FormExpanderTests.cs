using Mizan.Languages.Arabic;
using Mizan.Lexicons;

namespace Mizan.Tests.Languages.Arabic;

public class FormExpanderTests
{
    [Fact]
    public void A_sound_verb_pair_gives_past_and_present_conjugations()
    {
        var forms = FormExpander.ExpandOne("هاجم:يهاجم").ToList();
        Assert.Contains("هاجم", forms);
        Assert.Contains("هاجموا", forms);
        Assert.Contains("هاجمت", forms);
        Assert.Contains("يهاجم", forms);
        Assert.Contains("تهاجم", forms);
        Assert.Contains("يهاجمون", forms);
        Assert.Contains("يهاجموا", forms);
    }

    [Fact]
    public void A_plain_form_is_kept_as_written()
    {
        Assert.Equal(["لقوا حتفهم"], FormExpander.ExpandOne("لقوا حتفهم"));
    }

    [Fact]
    public void A_present_form_not_in_the_third_person_is_refused()
    {
        Assert.Throws<FormatException>(() => FormExpander.ExpandOne("هاجم:تهاجم").ToList());
    }

    [Fact]
    public void Expanding_a_list_drops_duplicates()
    {
        var forms = FormExpander.Expand(["قال:يقول", "قالوا"]).ToList();
        Assert.Single(forms, f => f == "قالوا");
    }
}
