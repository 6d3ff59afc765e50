using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Mizan.Pipeline;

namespace Mizan.IO.Input;

/// <summary>
/// TREC-style files: <c>&lt;DOC&gt;</c> … <c>&lt;/DOC&gt;</c> records of elements, each on
/// one line (<c>&lt;DOCNO&gt;id&lt;/DOCNO&gt;</c>) or over several (<c>&lt;TEXT&gt;</c>,
/// lines, <c>&lt;/TEXT&gt;</c>). DOCNO is the id, TITLE (or HEADLINE) the title, TIME the
/// publication date, SRC the source, URL the address and TEXT the body, without the line
/// break that follows <c>&lt;TEXT&gt;</c> and the one that precedes <c>&lt;/TEXT&gt;</c>.
/// Other elements are skipped. A bad record is reported and the next one is read.
/// </summary>
internal static class TrecFormat
{
    public static IEnumerable<ReadResult> Read(InputContext input)
    {
        Utf8LineReader lines = input.Lines;
        var record = new TrecRecord(input.MaxRecordBytes);
        bool inDoc = false;
        bool strayReported = false;
        bool anyOutput = false;
        while (lines.ReadLine())
        {
            long number = lines.LineNumber;
            ReadOnlySpan<byte> line = lines.Line;
            ReadOnlySpan<byte> trimmed = line.Trim(" \t\r\f\v"u8);
            if (!inDoc)
            {
                if (!lines.LineTooLong && trimmed.IsEmpty)
                {
                    continue;
                }

                if (trimmed.SequenceEqual("<DOC>"u8))
                {
                    record.Start(number);
                    inDoc = true;
                    strayReported = false;
                    continue;
                }

                if (!strayReported)
                {
                    strayReported = true;
                    anyOutput = true;
                    yield return input.Error(number, ReadErrorCodes.TrecUnexpectedContent, "text outside any <DOC> record; skipped up to the next <DOC>");
                }

                continue;
            }

            if (trimmed.SequenceEqual("</DOC>"u8))
            {
                anyOutput = true;
                yield return record.Finish(input);
                inDoc = false;
                continue;
            }

            if (trimmed.SequenceEqual("<DOC>"u8))
            {
                anyOutput = true;
                yield return input.Error(record.StartLine, ReadErrorCodes.TrecUnterminatedDoc, $"<DOC> has no </DOC> before the next <DOC> at line {number}; record skipped");
                record.Start(number);
                continue;
            }

            record.AddLine(line, lines.LineTooLong, lines.LineByteCount, lines.Ending, number);
        }

        if (inDoc)
        {
            anyOutput = true;
            string end = lines.Failure is null ? "the end of the file" : "the input stopped";
            yield return input.Error(record.StartLine, ReadErrorCodes.TrecUnterminatedDoc, $"<DOC> has no </DOC> before {end}; record skipped");
        }

        if (lines.Failure is { } failure)
        {
            yield return input.FailureOf(failure);
        }
        else if (!anyOutput)
        {
            yield return input.Error(null, ReadErrorCodes.EmptyInput, "no <DOC> records in the file");
        }
    }

    /// <summary>The elements of one record as they are read. Reused from record to record.</summary>
    private sealed class TrecRecord(int maxRecordBytes)
    {
        private readonly ArrayBufferWriter<byte> _docNo = new(64);
        private readonly ArrayBufferWriter<byte> _title = new(256);
        private readonly ArrayBufferWriter<byte> _time = new(64);
        private readonly ArrayBufferWriter<byte> _source = new(64);
        private readonly ArrayBufferWriter<byte> _url = new(256);
        private readonly ArrayBufferWriter<byte> _text = new(16 * 1024);
        private readonly byte[] _closeTag = new byte[64];
        private int _closeTagLength;
        private ArrayBufferWriter<byte>? _open;
        private bool _inElement;
        private long _elementLine;
        private string _elementName = string.Empty;
        private long _bytes;
        private bool _tooLarge;
        private long _invalidLine;
        private string? _invalidMessage;
        private bool _hasDocNo;
        private bool _hasTitle;
        private bool _hasText;

        public long StartLine { get; private set; }

        public void Start(long line)
        {
            StartLine = line;
            _docNo.ResetWrittenCount();
            _title.ResetWrittenCount();
            _time.ResetWrittenCount();
            _source.ResetWrittenCount();
            _url.ResetWrittenCount();
            _text.ResetWrittenCount();
            _open = null;
            _inElement = false;
            _bytes = 0;
            _tooLarge = false;
            _invalidMessage = null;
            _hasDocNo = _hasTitle = _hasText = false;
        }

        public void AddLine(ReadOnlySpan<byte> line, bool lineTooLong, long lineBytes, LineEnding ending, long number)
        {
            _bytes += lineBytes + LineEndings.ByteCount(ending);
            if (lineTooLong || _bytes > maxRecordBytes)
            {
                _tooLarge = true;
            }

            if (_tooLarge)
            {
                // Keep following the element structure only roughly: the record is lost anyway.
                return;
            }

            if (_inElement)
            {
                ReadOnlySpan<byte> end = line.TrimEnd(" \t\r\f\v"u8);
                if (end.EndsWith(_closeTag.AsSpan(0, _closeTagLength)))
                {
                    Append(end[..^_closeTagLength], LineEnding.None, number);
                    _inElement = false;
                    _open = null;
                }
                else
                {
                    Append(line, ending, number);
                }

                return;
            }

            if (!TryReadOpenTag(line, out int tagLength))
            {
                return; // text between elements: not part of any field
            }

            ReadOnlySpan<byte> rest = line[tagLength..];
            _open = Field(_elementName);
            if (ReferenceEquals(_open, _text) && _hasText)
            {
                Append("\n"u8, LineEnding.None, number);
            }

            MarkSeen(_open);
            ReadOnlySpan<byte> restEnd = rest.TrimEnd(" \t\r\f\v"u8);
            if (restEnd.EndsWith(_closeTag.AsSpan(0, _closeTagLength)))
            {
                Append(restEnd[..^_closeTagLength], LineEnding.None, number);
                _open = null;
                return;
            }

            _inElement = true;
            _elementLine = number;
            Append(rest, ending, number);
        }

        public ReadResult Finish(InputContext input)
        {
            if (_tooLarge)
            {
                return input.Error(StartLine, ReadErrorCodes.RecordTooLarge, $"the <DOC> record is over the limit of {maxRecordBytes:N0} bytes; skipped");
            }

            if (_invalidMessage is not null)
            {
                return input.Error(_invalidLine, ReadErrorCodes.InvalidUtf8, $"{_invalidMessage}; the <DOC> record at line {StartLine} is skipped");
            }

            if (_inElement)
            {
                return input.Error(_elementLine, ReadErrorCodes.TrecUnterminatedElement, $"<{_elementName}> is not closed before </DOC>; the <DOC> record at line {StartLine} is skipped");
            }

            string id = Decode(_docNo).Trim();
            if (!_hasDocNo || id.Length == 0)
            {
                return input.Error(StartLine, ReadErrorCodes.TrecMissingDocNo, "the <DOC> record has no <DOCNO>; skipped");
            }

            if (!_hasText)
            {
                return input.Error(StartLine, ReadErrorCodes.TrecMissingText, $"the <DOC> record {id} has no <TEXT>; skipped");
            }

            string time = Decode(_time).Trim();
            DateOnly? published = null;
            ImmutableArray<ReadError> warnings = [];
            if (time.Length > 0)
            {
                if (PublishedDate.TryParse(time, out DateOnly date))
                {
                    published = date;
                }
                else
                {
                    warnings = [new ReadError(input.DisplayName, StartLine, ReadErrorCodes.InvalidDate, $"<TIME> of {id} is \"{time}\", which is not a date Mizan reads ({PublishedDate.Forms}); the article is read with its date unknown")];
                }
            }

            string? title = _hasTitle ? NullIfEmpty(Decode(_title).Trim()) : null;
            string body = StripOuterLineBreaks(Decode(_text));
            var article = new Article(id, title, body, published, NullIfEmpty(Decode(_source).Trim()), NullIfEmpty(Decode(_url).Trim()))
            {
                PublishedAt = PublishedDate.TryParseTime(time, out DateTimeOffset at) ? at : null,
            };
            return ReadResult.Success(article, input.DisplayName, StartLine, warnings);
        }

        private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

        private static string Decode(ArrayBufferWriter<byte> field) =>
            field.WrittenCount == 0 ? string.Empty : XmlEntities.Decode(Encoding.UTF8.GetString(field.WrittenSpan));

        private static string StripOuterLineBreaks(string text)
        {
            int start = text.StartsWith("\r\n", StringComparison.Ordinal) ? 2 : text.StartsWith('\n') ? 1 : 0;
            int end = text.Length;
            if (end - start >= 2 && text.AsSpan(start, end - start).EndsWith("\r\n", StringComparison.Ordinal))
            {
                end -= 2;
            }
            else if (end > start && text[end - 1] == '\n')
            {
                end--;
            }

            return start == 0 && end == text.Length ? text : text[start..end];
        }

        private void Append(ReadOnlySpan<byte> bytes, LineEnding ending, long number)
        {
            if (_open is null)
            {
                return;
            }

            if (_invalidMessage is null && Utf8Check.Problem(bytes) is { } problem)
            {
                _invalidMessage = problem;
                _invalidLine = number;
            }

            _open.Write(bytes);
            if (ending == LineEnding.LineFeed)
            {
                _open.Write("\n"u8);
            }
            else if (ending == LineEnding.CarriageReturnLineFeed)
            {
                _open.Write("\r\n"u8);
            }
        }

        /// <summary>Reads <c>&lt;NAME&gt;</c> at the start of the line; sets the element name and its closing tag.</summary>
        private bool TryReadOpenTag(ReadOnlySpan<byte> line, out int tagLength)
        {
            tagLength = 0;
            if (line.Length < 3 || line[0] != (byte)'<')
            {
                return false;
            }

            int close = line.IndexOf((byte)'>');
            if (close < 2 || close + 2 > _closeTag.Length)
            {
                return false;
            }

            ReadOnlySpan<byte> name = line[1..close];
            foreach (byte b in name)
            {
                if (!(char.IsAsciiLetterOrDigit((char)b) || b == (byte)'_' || b == (byte)'-'))
                {
                    return false;
                }
            }

            _closeTag[0] = (byte)'<';
            _closeTag[1] = (byte)'/';
            name.CopyTo(_closeTag.AsSpan(2));
            _closeTag[name.Length + 2] = (byte)'>';
            _closeTagLength = name.Length + 3;
            _elementName = Encoding.ASCII.GetString(name).ToUpperInvariant();
            tagLength = close + 1;
            return true;
        }

        private ArrayBufferWriter<byte>? Field(string name) => name switch
        {
            "DOCNO" => _docNo,
            "TITLE" => _title,
            "HEADLINE" when !_hasTitle => _title,
            "TIME" => _time,
            "SRC" => _source,
            "URL" => _url,
            "TEXT" => _text,
            _ => null,
        };

        private void MarkSeen(ArrayBufferWriter<byte>? field)
        {
            if (ReferenceEquals(field, _docNo))
            {
                _hasDocNo = true;
                _docNo.ResetWrittenCount();
            }
            else if (ReferenceEquals(field, _title))
            {
                _hasTitle = true;
                _title.ResetWrittenCount();
            }
            else if (ReferenceEquals(field, _text))
            {
                _hasText = true;
            }
            else
            {
                field?.ResetWrittenCount();
            }
        }
    }
}
