using System.Buffers;
using System.Text;
using Mizan.Pipeline;

namespace Mizan.IO.Input;

/// <summary>
/// A plain-text input is one article: the id is the file name without extensions, there is
/// no title, and the body is the whole text exactly as it is (only a leading byte order
/// mark is dropped), so that offsets match the file.
/// </summary>
internal static class PlainTextFormat
{
    public static IEnumerable<ReadResult> Read(InputContext input)
    {
        Utf8LineReader lines = input.Lines;
        var bytes = new ArrayBufferWriter<byte>(16 * 1024);
        long total = 0;
        while (lines.ReadLine())
        {
            total += lines.LineByteCount + LineEndings.ByteCount(lines.Ending);
            if (lines.LineTooLong || total > input.MaxRecordBytes)
            {
                yield return input.TooLarge(1, "the text", total + CountRest(lines));
                yield break;
            }

            ReadOnlySpan<byte> line = lines.Line;
            if (Utf8Check.Problem(line) is { } problem)
            {
                yield return input.Error(lines.LineNumber, ReadErrorCodes.InvalidUtf8, problem);
                yield break;
            }

            bytes.Write(line);
            WriteEnding(bytes, lines.Ending);
        }

        if (lines.Failure is { } failure)
        {
            yield return input.FailureOf(failure);
            yield break;
        }

        string body = Encoding.UTF8.GetString(bytes.WrittenSpan);
        if (string.IsNullOrWhiteSpace(body))
        {
            yield return input.Error(null, ReadErrorCodes.EmptyInput, "the text holds only white space; no article");
            yield break;
        }

        yield return ReadResult.Success(new Article(input.IdStem, null, body), input.DisplayName, 1);
    }

    private static void WriteEnding(ArrayBufferWriter<byte> bytes, LineEnding ending)
    {
        switch (ending)
        {
            case LineEnding.LineFeed:
                bytes.Write("\n"u8);
                break;
            case LineEnding.CarriageReturnLineFeed:
                bytes.Write("\r\n"u8);
                break;
        }
    }

    private static long CountRest(Utf8LineReader lines)
    {
        long rest = 0;
        while (lines.ReadLine())
        {
            rest += lines.LineByteCount + LineEndings.ByteCount(lines.Ending);
        }

        return rest;
    }
}
