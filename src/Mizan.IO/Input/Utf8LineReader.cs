using System.Buffers;
using Mizan.IO.Compression;

namespace Mizan.IO.Input;

/// <summary>
/// Reads a byte stream line by line, counting lines, without decoding: the current line is a
/// span over an internal buffer, valid until the next call. A line longer than the limit is
/// skipped (its length is still counted) so that memory stays bounded. I/O errors and
/// damaged gzip data end the stream and are kept in <see cref="Failure"/>, so that the
/// format readers (iterators) need no exception handling.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    private const int InitialBufferSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _endOfStream;
    private int _lineStart;
    private int _lineLength;

    public Utf8LineReader(Stream stream, int maxLineBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 1);
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialBufferSize, maxLineBytes + 2));
    }

    /// <summary>The 1-based number of the current line (0 before the first).</summary>
    public long LineNumber { get; private set; }

    /// <summary>The bytes of the current line, without its line break. Empty when <see cref="LineTooLong"/>.</summary>
    public ReadOnlySpan<byte> Line => _buffer.AsSpan(_lineStart, _lineLength);

    /// <summary>How the current line ended.</summary>
    public LineEnding Ending { get; private set; }

    /// <summary>True when the current line was longer than the limit and was skipped.</summary>
    public bool LineTooLong { get; private set; }

    /// <summary>The length in bytes of the current line, without its line break, even when skipped.</summary>
    public long LineByteCount { get; private set; }

    /// <summary>Set when the stream stopped because of an error; no more lines follow.</summary>
    public StreamFailure? Failure { get; private set; }

    /// <summary>
    /// Looks at up to <paramref name="count"/> bytes at the start of the unread data without
    /// consuming them (fewer at the end of the stream).
    /// </summary>
    public ReadOnlySpan<byte> Peek(int count)
    {
        while (_end - _start < count && Fill())
        {
        }

        return _buffer.AsSpan(_start, Math.Min(count, _end - _start));
    }

    /// <summary>Consumes <paramref name="count"/> peeked bytes (e.g. a byte order mark).</summary>
    public void Skip(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _end - _start);
        _start += count;
    }

    /// <summary>Moves to the next line; false at the end of the stream or after a failure.</summary>
    public bool ReadLine()
    {
        _lineStart = _start;
        _lineLength = 0;
        LineTooLong = false;
        LineByteCount = 0;
        Ending = LineEnding.None;
        if (Failure is not null)
        {
            return false;
        }

        long skipped = 0;
        bool skippedCarriageReturn = false;
        int scanned = 0;
        while (true)
        {
            int found = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOf((byte)'\n');
            if (found >= 0)
            {
                int newline = _start + scanned + found;
                int contentEnd = newline;
                Ending = LineEnding.LineFeed;
                if (contentEnd > _start ? _buffer[contentEnd - 1] == (byte)'\r' : skippedCarriageReturn)
                {
                    Ending = LineEnding.CarriageReturnLineFeed;
                    if (contentEnd > _start)
                    {
                        contentEnd--;
                    }
                    else
                    {
                        skipped--;
                    }
                }

                CompleteLine(contentEnd, skipped);
                _start = newline + 1;
                return true;
            }

            scanned = _end - _start;
            if (scanned > _maxLineBytes + 1)
            {
                // Too long: forget what is buffered, keep counting until the line ends.
                skipped += scanned;
                skippedCarriageReturn = _buffer[_end - 1] == (byte)'\r';
                _start = _end;
                scanned = 0;
            }

            if (!Fill())
            {
                if (Failure is not null || (scanned == 0 && skipped == 0))
                {
                    // The end of the data, or a failure in the middle of a line (which is then incomplete).
                    return false;
                }

                CompleteLine(_end, skipped);
                _start = _end;
                return true;
            }
        }
    }

    public void Dispose()
    {
        byte[] buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        _stream.Dispose();
    }

    private void CompleteLine(int contentEnd, long skipped)
    {
        LineNumber++;
        long length = skipped + (contentEnd - _start);
        LineByteCount = length;
        _lineStart = _start;
        if (skipped > 0 || length > _maxLineBytes)
        {
            LineTooLong = true;
            _lineLength = 0;
        }
        else
        {
            _lineLength = contentEnd - _start;
        }
    }

    /// <summary>Reads more bytes into the buffer (moving or growing it when full); false at the end.</summary>
    private bool Fill()
    {
        if (_endOfStream)
        {
            return false;
        }

        if (_start > 0 && (_end == _buffer.Length || _start == _end))
        {
            int kept = _end - _start;
            _buffer.AsSpan(_start, kept).CopyTo(_buffer);
            _start = 0;
            _end = kept;
        }

        if (_end == _buffer.Length)
        {
            byte[] larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        int read;
        try
        {
            read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        }
        catch (GzipDataException ex)
        {
            Stop(ex.IsTruncated ? ReadErrorCodes.GzipTruncated : ReadErrorCodes.GzipCorrupt, ex.Message);
            return false;
        }
        catch (InvalidDataException ex)
        {
            Stop(ReadErrorCodes.GzipCorrupt, $"gzip data is damaged ({ex.Message})");
            return false;
        }
        catch (IOException ex)
        {
            Stop(ReadErrorCodes.ReadFailed, $"reading failed: {ex.Message}");
            return false;
        }
        catch (UnauthorizedAccessException ex)
        {
            Stop(ReadErrorCodes.FileUnreadable, $"reading failed: {ex.Message}");
            return false;
        }

        if (read <= 0)
        {
            _endOfStream = true;
            return false;
        }

        _end += read;
        return true;
    }

    private void Stop(string code, string message)
    {
        _endOfStream = true;
        Failure = new StreamFailure(LineNumber + 1, code, message);
    }
}
