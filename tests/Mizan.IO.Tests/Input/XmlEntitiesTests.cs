using Mizan.IO.Input;

namespace Mizan.IO.Tests.Input;

public sealed class XmlEntitiesTests
{
    [Theory]
    [InlineData("بلا كيانات", "بلا كيانات")]
    [InlineData("&lt;b&gt; &amp; &quot;x&quot; &apos;y&apos;", "<b> & \"x\" 'y'")]
    [InlineData("&#1605;&#x0644;&#X0627;", "ملا")]
    [InlineData("A & B", "A & B")]
    [InlineData("&nbsp; &#0; &#xD800; &#99999999;", "&nbsp; &#0; &#xD800; &#99999999;")]
    [InlineData("&amp;amp;", "&amp;")]
    public void Known_references_are_decoded_and_others_kept(string text, string expected) =>
        Assert.Equal(expected, XmlEntities.Decode(text));
}
