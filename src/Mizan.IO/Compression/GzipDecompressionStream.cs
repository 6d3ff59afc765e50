using System.Buffers.Binary;
using System.IO.Compression;

namespace Mizan.IO.Compression;

/// <summary>
/// Decompresses gzip data (RFC 1952), one member after another, and checks each member's
/// CRC-32 and length against its trailer. Unlike <see cref="GZipStream"/>, which ends quietly
/// when its input stops early, this stream throws a <see cref="GzipDataException"/> when
/// the data is cut or damaged, after returning everything decompressed before that point.
/// </summary>
/// <remarks>
/// Each member's compressed data goes through a <see cref="DeflateStream"/>, which may read
/// past the end of the compressed data. The bytes it was handed last are kept, and the
/// trailer (whose CRC-32 and length are known once the member ends) is found among them;
/// the next member starts right after it.
/// </remarks>
public sealed class GzipDecompressionStream : Stream
{
    private const int BufferSize = 64 * 1024;
    private const int TrailerLength = 8;
    private const byte FlagHeaderCrc = 0x02;
    private const byte FlagExtra = 0x04;
    private const byte FlagName = 0x08;
    private const byte FlagComment = 0x10;
    private const byte ReservedFlags = 0xE0;

    private readonly Stream _source;
    private readonly bool _leaveOpen;
    private readonly DeflateInput _deflateInput;
    private byte[] _buffer = new byte[BufferSize];
    private int _position;
    private int _length;
    private int _lastServedStart;
    private bool _sourceEnded;
    private bool _memberHitEnd;
    private DeflateStream? _member;
    private uint _memberCrc;
    private long _memberLength;
    private long _consumedBeforeBuffer;
    private int _memberCount;
    private bool _finished;
    private bool _disposed;

    /// <summary>Decompresses <paramref name="source"/>, which starts with a gzip header.</summary>
    public GzipDecompressionStream(Stream source, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _leaveOpen = leaveOpen;
        _deflateInput = new DeflateInput(this);
    }

    public override bool CanRead => !_disposed;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>True when <paramref name="prefix"/> starts with the gzip magic bytes 1f 8b.</summary>
    public static bool HasGzipMagic(ReadOnlySpan<byte> prefix) => prefix.Length >= 2 && prefix[0] == 0x1F && prefix[1] == 0x8B;

    public override int Read(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        return Read(buffer.AsSpan(offset, count));
    }

    public override int Read(Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (!_finished)
        {
            if (_member is null && !StartMember())
            {
                _finished = true;
                break;
            }

            int read;
            try
            {
                read = _member!.Read(buffer);
            }
            catch (InvalidDataException ex)
            {
                throw new GzipDataException($"gzip data is damaged in member {_memberCount} ({ex.Message})", ex);
            }

            if (read > 0)
            {
                _memberCrc = Crc32.Append(_memberCrc, buffer[..read]);
                _memberLength += read;
                return read;
            }

            FinishMember();
        }

        return 0;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _member?.Dispose();
            if (!_leaveOpen)
            {
                _source.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    /// <summary>Reads a member header; false at the clean end of the data.</summary>
    private bool StartMember()
    {
        if (!EnsureAvailable(1))
        {
            if (_memberCount == 0)
            {
                throw Truncated("gzip data is empty");
            }

            return false;
        }

        if (_memberCount > 0 && RestIsZeroPadding())
        {
            return false;
        }

        EnsureAvailable(10);
        int available = Math.Min(10, _length - _position);
        ReadOnlySpan<byte> header = _buffer.AsSpan(_position, available);
        if (!HasGzipMagic(header))
        {
            throw new GzipDataException(
                _memberCount == 0
                    ? "data does not start with a gzip header"
                    : $"unexpected data after the end of the gzip data (byte {Offset})");
        }

        if (available < 10)
        {
            throw Truncated("gzip data ends inside a member header");
        }

        if (header[2] != 8)
        {
            throw new GzipDataException($"gzip member {_memberCount + 1} uses compression method {header[2]}, not deflate (8)");
        }

        byte flags = header[3];
        if ((flags & ReservedFlags) != 0)
        {
            throw new GzipDataException($"gzip member {_memberCount + 1} has reserved header flags set");
        }

        _position += 10;
        if ((flags & FlagExtra) != 0)
        {
            if (!EnsureAvailable(2))
            {
                throw Truncated("gzip data ends inside a member header");
            }

            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(_buffer.AsSpan(_position, 2));
            _position += 2;
            SkipHeaderBytes(extraLength);
        }

        if ((flags & FlagName) != 0)
        {
            SkipZeroTerminated();
        }

        if ((flags & FlagComment) != 0)
        {
            SkipZeroTerminated();
        }

        if ((flags & FlagHeaderCrc) != 0)
        {
            SkipHeaderBytes(2);
        }

        _memberCount++;
        _memberCrc = 0;
        _memberLength = 0;
        _memberHitEnd = false;
        _lastServedStart = _position;
        _member = new DeflateStream(_deflateInput, CompressionMode.Decompress, leaveOpen: true);
        return true;
    }

    /// <summary>
    /// The deflate data of the current member has ended (or its input ran out): find the
    /// trailer that matches what was decompressed, and continue after it.
    /// </summary>
    private void FinishMember()
    {
        _member!.Dispose();
        _member = null;

        Span<byte> expected = stackalloc byte[TrailerLength];
        BinaryPrimitives.WriteUInt32LittleEndian(expected, _memberCrc);
        BinaryPrimitives.WriteUInt32LittleEndian(expected[4..], unchecked((uint)_memberLength));

        // The deflate data ends inside the bytes handed to the decompressor last (or right
        // after them), so the trailer starts between their start and their end.
        Compact(_lastServedStart);
        int servedEnd = _position;
        EnsureAvailableFrom(servedEnd, TrailerLength);
        int searchEnd = Math.Min(_length, servedEnd + TrailerLength);
        int found = _buffer.AsSpan(0, searchEnd).IndexOf(expected);

        // A trailer that repeats itself when shifted (an empty member's is all zeros) can match
        // one byte early; prefer the position after which a new member or the end follows.
        while (found >= 0 && found + TrailerLength < searchEnd
               && _buffer[found + TrailerLength] != 0x1F
               && _buffer.AsSpan(found + 1, Math.Min(TrailerLength, searchEnd - found - 1)).SequenceEqual(expected))
        {
            found++;
        }

        if (found < 0)
        {
            // A trailer whose checksum or length (but not both) is there belongs to damaged data;
            // otherwise the data stops before its trailer.
            ReadOnlySpan<byte> region = _buffer.AsSpan(0, searchEnd);
            int crcAt = region.IndexOf(expected[..4]);
            int lengthAt = region.IndexOf(expected[4..]);
            bool trailerPresent = (crcAt >= 0 && crcAt + TrailerLength <= searchEnd) || lengthAt >= 4;
            if (_memberHitEnd || !trailerPresent)
            {
                throw Truncated(
                    $"gzip data ends before the end of member {_memberCount} (the file is cut short or damaged); {_memberLength} bytes were decompressed from it");
            }

            throw new GzipDataException(
                $"gzip member {_memberCount} is damaged: its checksum or length does not match the decompressed data");
        }

        _position = found + TrailerLength;
        _lastServedStart = _position;
    }

    private bool RestIsZeroPadding()
    {
        while (true)
        {
            if (_buffer.AsSpan(_position, _length - _position).ContainsAnyExcept((byte)0))
            {
                return false;
            }

            _position = _length;
            if (!EnsureAvailable(1))
            {
                return true;
            }
        }
    }

    private void SkipHeaderBytes(int count)
    {
        while (count > 0)
        {
            if (!EnsureAvailable(1))
            {
                throw Truncated("gzip data ends inside a member header");
            }

            int step = Math.Min(count, _length - _position);
            _position += step;
            count -= step;
        }
    }

    private void SkipZeroTerminated()
    {
        while (true)
        {
            if (!EnsureAvailable(1))
            {
                throw Truncated("gzip data ends inside a member header");
            }

            int zero = _buffer.AsSpan(_position, _length - _position).IndexOf((byte)0);
            if (zero >= 0)
            {
                _position += zero + 1;
                return;
            }

            _position = _length;
        }
    }

    private long Offset => _consumedBeforeBuffer + _position;

    private GzipDataException Truncated(string message) => new(message) { IsTruncated = true };

    /// <summary>Makes at least <paramref name="count"/> unread bytes available; false when the source ends first.</summary>
    private bool EnsureAvailable(int count)
    {
        if (_length - _position >= count)
        {
            return true;
        }

        Compact(_position);
        return EnsureAvailableFrom(_position, count);
    }

    /// <summary>Reads until <c>_length - from &gt;= count</c> or the source ends.</summary>
    private bool EnsureAvailableFrom(int from, int count)
    {
        while (_length - from < count)
        {
            if (_sourceEnded)
            {
                return false;
            }

            if (_length == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            int read = _source.Read(_buffer, _length, _buffer.Length - _length);
            if (read <= 0)
            {
                _sourceEnded = true;
                return false;
            }

            _length += read;
        }

        return true;
    }

    /// <summary>Moves the bytes from <paramref name="keepFrom"/> on to the start of the buffer.</summary>
    private void Compact(int keepFrom)
    {
        if (keepFrom == 0)
        {
            return;
        }

        int kept = _length - keepFrom;
        _buffer.AsSpan(keepFrom, kept).CopyTo(_buffer);
        _consumedBeforeBuffer += keepFrom;
        _position -= keepFrom;
        _lastServedStart = Math.Max(0, _lastServedStart - keepFrom);
        _length = kept;
    }

    /// <summary>Serves compressed bytes to the member's <see cref="DeflateStream"/>, remembering where the last chunk began.</summary>
    private int ServeCompressed(Span<byte> destination)
    {
        if (destination.IsEmpty)
        {
            return 0;
        }

        if (_position == _length)
        {
            // Everything handed out before was consumed: the deflate data goes on past it.
            _consumedBeforeBuffer += _length;
            _position = 0;
            _length = 0;
            if (!EnsureAvailableFrom(0, 1))
            {
                _memberHitEnd = true;
                _lastServedStart = 0;
                return 0;
            }
        }

        int count = Math.Min(destination.Length, _length - _position);
        _buffer.AsSpan(_position, count).CopyTo(destination);
        _lastServedStart = _position;
        _position += count;
        return count;
    }

    /// <summary>The compressed input of the current member, as a stream for <see cref="DeflateStream"/>.</summary>
    private sealed class DeflateInput(GzipDecompressionStream owner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            return owner.ServeCompressed(buffer.AsSpan(offset, count));
        }

        public override int Read(Span<byte> buffer) => owner.ServeCompressed(buffer);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
