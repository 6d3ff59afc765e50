using Mizan.Testing;
using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mizan.IO.Compression;
using Mizan.IO.Tests.Support;

namespace Mizan.IO.Tests.Compression;

public sealed class GzipDecompressionStreamTests
{
    private static readonly byte[] Sample = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("اشتباكات قرب البلدة وروايات متضاربة\n", 500)));

    [Fact]
    public void Crc32_matches_the_standard_check_value() =>
        Assert.Equal(0xCBF43926u, Crc32.Append(0, "123456789"u8));

    [Fact]
    public void Crc32_of_pieces_equals_crc32_of_the_whole()
    {
        uint whole = Crc32.Append(0, Sample);
        uint pieces = Crc32.Append(Crc32.Append(0, Sample.AsSpan(0, 1001)), Sample.AsSpan(1001));

        Assert.Equal(whole, pieces);
    }

    [Fact]
    public void Whole_gzip_decompresses_to_the_original()
    {
        Assert.Equal(Sample, Decompress(TempFolder.Gzip(Sample)));
    }

    [Fact]
    public void Real_corpus_file_decompresses_like_gzipstream()
    {
        byte[] compressed = File.ReadAllBytes(SharedData.BbcMiddleEast);
        using var reference = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var expected = new MemoryStream();
        reference.CopyTo(expected);

        Assert.Equal(expected.ToArray(), Decompress(compressed));
    }

    [Fact]
    public void Concatenated_members_are_all_read()
    {
        byte[] first = Encoding.UTF8.GetBytes("الجزء الأول\n");
        byte[] third = Sample;

        // An empty member: header, an empty final block, CRC 0 and length 0.
        byte[] emptyMember = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 0x03, 0x00, 0, 0, 0, 0, 0, 0, 0, 0];
        byte[] joined = [.. TempFolder.Gzip(first), .. emptyMember, .. TempFolder.Gzip(third)];

        Assert.Equal([.. first, .. third], Decompress(joined));
    }

    [Fact]
    public void Header_with_name_extra_field_and_comment_is_skipped()
    {
        byte[] plain = TempFolder.Gzip(Sample);
        byte[] name = Encoding.ASCII.GetBytes("sample.txt\0");
        byte[] comment = Encoding.ASCII.GetBytes("made by a test\0");
        byte[] extra = [4, 0, (byte)'M', (byte)'Z', 0, 0];
        byte[] header = [0x1F, 0x8B, 8, 0x04 | 0x08 | 0x10, 0, 0, 0, 0, 0, 3];
        byte[] withFields = [.. header, .. extra, .. name, .. comment, .. plain.AsSpan(10)];

        Assert.Equal(Sample, Decompress(withFields));
    }

    [Fact]
    public void Trailing_zero_padding_is_ignored_but_trailing_garbage_is_not()
    {
        byte[] gz = TempFolder.Gzip(Sample);

        Assert.Equal(Sample, Decompress([.. gz, 0, 0, 0, 0]));
        GzipDataException error = Assert.Throws<GzipDataException>(() => Decompress([.. gz, (byte)'x', (byte)'y']));
        Assert.False(error.IsTruncated);
    }

    [Fact]
    public void Checksum_mismatch_is_corrupt_not_truncated()
    {
        byte[] gz = TempFolder.Gzip(Sample);
        gz[^5] ^= 1;

        GzipDataException error = Assert.Throws<GzipDataException>(() => Decompress(gz));

        Assert.False(error.IsTruncated);
    }

    [Fact]
    public void Data_cut_before_its_trailer_is_truncated_after_everything_decompressed_is_returned()
    {
        byte[] gz = TempFolder.Gzip(Sample);
        using var stream = new GzipDecompressionStream(new MemoryStream(gz[..(gz.Length - 3)]));
        using var output = new MemoryStream();
        var buffer = new byte[4096];

        GzipDataException error = Assert.Throws<GzipDataException>(() =>
        {
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, read);
            }
        });

        Assert.True(error.IsTruncated);
        Assert.Equal(Sample, output.ToArray());
    }

    [Property(MaxTest = 60)]
    public Property Any_cut_short_of_the_end_is_reported_as_truncated(NonEmptyArray<byte> data, PositiveInt cutSeed)
    {
        byte[] gz = TempFolder.Gzip(data.Get);
        int cut = cutSeed.Get % gz.Length;

        GzipDataException? error = null;
        try
        {
            Decompress(gz[..cut]);
        }
        catch (GzipDataException ex)
        {
            error = ex;
        }

        return (error is not null && (error.IsTruncated || cut < 10)).Label($"cut {cut} of {gz.Length}: {error?.Message ?? "no error"}");
    }

    [Property(MaxTest = 60)]
    public Property Any_data_round_trips(NonEmptyArray<byte> data) =>
        Decompress(TempFolder.Gzip(data.Get)).AsSpan().SequenceEqual(data.Get).ToProperty();

    [Fact]
    public void Empty_member_alone_gives_no_data()
    {
        byte[] emptyMember = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 0x03, 0x00, 0, 0, 0, 0, 0, 0, 0, 0];

        Assert.Empty(Decompress(emptyMember));
        Assert.Empty(Decompress([.. emptyMember, .. emptyMember]));
    }

    private static byte[] Decompress(byte[] gz)
    {
        using var stream = new GzipDecompressionStream(new MemoryStream(gz));
        using var output = new MemoryStream();
        stream.CopyTo(output, 1000);
        return output.ToArray();
    }
}
