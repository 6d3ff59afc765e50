using System.Text;
using Mizan.IO.Input;

namespace Mizan.IO.Tests.Input;

public sealed class Utf8LineReaderTests
{
    [Fact]
    public void Lines_are_numbered_with_their_endings()
    {
        using Utf8LineReader reader = Reader("a\r\nbb\n\nccc", maxLineBytes: 100);

        var lines = new List<(long, string, LineEnding)>();
        while (reader.ReadLine())
        {
            lines.Add((reader.LineNumber, Encoding.UTF8.GetString(reader.Line), reader.Ending));
        }

        Assert.Equal(
            [(1L, "a", LineEnding.CarriageReturnLineFeed), (2L, "bb", LineEnding.LineFeed), (3L, string.Empty, LineEnding.LineFeed), (4L, "ccc", LineEnding.None)],
            lines);
        Assert.Null(reader.Failure);
    }

    [Fact]
    public void Long_line_is_skipped_but_counted_and_the_next_line_is_read()
    {
        string longLine = new('x', 300_000);
        using Utf8LineReader reader = Reader($"short\n{longLine}\r\nafter\n", maxLineBytes: 1000);

        Assert.True(reader.ReadLine());
        Assert.False(reader.LineTooLong);
        Assert.True(reader.ReadLine());
        Assert.True(reader.LineTooLong);
        Assert.Equal(300_000, reader.LineByteCount);
        Assert.Equal(LineEnding.CarriageReturnLineFeed, reader.Ending);
        Assert.True(reader.Line.IsEmpty);
        Assert.True(reader.ReadLine());
        Assert.Equal("after", Encoding.UTF8.GetString(reader.Line));
        Assert.Equal(3, reader.LineNumber);
        Assert.False(reader.ReadLine());
    }

    [Fact]
    public void Line_of_exactly_the_limit_is_kept()
    {
        using Utf8LineReader reader = Reader(new string('y', 64) + "\r\n", maxLineBytes: 64);

        Assert.True(reader.ReadLine());
        Assert.False(reader.LineTooLong);
        Assert.Equal(64, reader.Line.Length);
    }

    [Fact]
    public void Empty_stream_has_no_lines()
    {
        using Utf8LineReader reader = Reader(string.Empty, maxLineBytes: 10);

        Assert.False(reader.ReadLine());
        Assert.Equal(0, reader.LineNumber);
    }

    [Fact]
    public void Read_error_ends_the_lines_and_is_kept_with_the_line_being_read()
    {
        using var reader = new Utf8LineReader(new FailingStream(Encoding.UTF8.GetBytes("one\ntwo\nthr")), 100);

        Assert.True(reader.ReadLine());
        Assert.True(reader.ReadLine());
        Assert.False(reader.ReadLine());
        Assert.Equal(ReadErrorCodes.ReadFailed, reader.Failure?.Code);
        Assert.Equal(3, reader.Failure?.Line);
    }

    private static Utf8LineReader Reader(string text, int maxLineBytes) =>
        new(new MemoryStream(Encoding.UTF8.GetBytes(text)), maxLineBytes);

    /// <summary>Serves its bytes, then fails as a disk would.</summary>
    private sealed class FailingStream(byte[] data) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            int read = base.Read(buffer, offset, count);
            return read > 0 ? read : throw new IOException("device error");
        }
    }
}
