using System.Text;
using Mizan.Watch.Tests.Support;
using Mizan.Watch.Text;

namespace Mizan.Watch.Tests.Text;

public sealed class CharsetsTests
{
    private const string Arabic = "قتل ثلاثة مدنيين في تعز";

    [Fact]
    public void The_header_charset_decides()
    {
        byte[] bytes = NewsSite.Arabic1256.GetBytes($"<p>{Arabic}</p>");
        Assert.Equal($"<p>{Arabic}</p>", Charsets.Decode(bytes, "windows-1256").Text);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1256\">")]
    [InlineData("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1256\">")]
    [InlineData("<meta content='text/html; charset=cp1256' http-equiv='content-type'>")]
    public void A_meta_tag_names_the_charset_when_the_header_does_not(string meta)
    {
        byte[] bytes = NewsSite.Arabic1256.GetBytes($"<html><head>{meta}</head><body>{Arabic}</body></html>");
        (string text, Encoding encoding) = Charsets.Decode(bytes, null);
        Assert.Contains(Arabic, text, StringComparison.Ordinal);
        Assert.Equal(1256, encoding.CodePage);
    }

    [Fact]
    public void The_xml_declaration_names_a_feeds_charset()
    {
        byte[] bytes = NewsSite.Arabic1256.GetBytes($"<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss><title>{Arabic}</title></rss>");
        Assert.Contains(Arabic, Charsets.Decode(bytes, null).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_charset_utf8_is_read_and_bytes_that_are_not_utf8_are_read_as_windows_1256()
    {
        Assert.Equal(Arabic, Charsets.Decode(Encoding.UTF8.GetBytes(Arabic), null).Text);
        Assert.Equal(Arabic, Charsets.Decode(NewsSite.Arabic1256.GetBytes(Arabic), null).Text);
    }

    [Fact]
    public void A_byte_order_mark_wins_over_a_wrong_header()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Arabic)];
        Assert.Equal(Arabic, Charsets.Decode(bytes, "windows-1256").Text);
    }

    [Fact]
    public void An_unknown_label_is_ignored() => Assert.Null(Charsets.Find("no-such-charset"));
}
