using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mizan.Pipeline;

namespace Mizan.Storage.Ingest;

/// <summary>
/// The content hash of an article: SHA-256 over its id, title, body, publication date, source,
/// address and language (each length-prefixed, so that no two articles share an encoding), as
/// 32 lower-case hex digits. The same article read twice, from any file, has the same hash.
/// </summary>
public static class ContentHash
{
    public static string Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, article.Id);
        Append(hash, article.Title);
        Append(hash, article.Body);
        Append(hash, article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Append(hash, article.Source);
        Append(hash, article.Url);
        Append(hash, article.Language);
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest[..16]);
    }

    private static void Append(IncrementalHash hash, string? value)
    {
        Span<byte> length = stackalloc byte[5];
        if (value is null)
        {
            length[0] = 0;
            hash.AppendData(length[..1]);
            return;
        }

        byte[] bytes = Encoding.UTF8.GetBytes(value);
        length[0] = 1;
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length[1..], bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
