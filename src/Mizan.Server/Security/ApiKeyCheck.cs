using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Mizan.Server.Api;

namespace Mizan.Server.Security;

/// <summary>
/// The key that writes need, in the <c>X-Api-Key</c> header. Without a configured key every
/// write is refused (403); a missing or wrong key is 401. Keys are compared in constant time.
/// </summary>
internal sealed class ApiKeyCheck(string? configuredKey)
{
    public const string Header = "X-Api-Key";

    private readonly byte[]? _expected = string.IsNullOrEmpty(configuredKey) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(configuredKey));

    /// <summary>Whether writes are possible at all.</summary>
    public bool Enabled => _expected is not null;

    /// <summary>Null when the request carries the key, else the problem to answer.</summary>
    public IResult? Refusal(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_expected is null)
        {
            return Problems.WritesDisabled();
        }

        string? given = request.Headers[Header].FirstOrDefault();
        if (string.IsNullOrEmpty(given))
        {
            return Problems.Unauthorized($"Send the server's API key in the {Header} header.");
        }

        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(given));
        return CryptographicOperations.FixedTimeEquals(hash, _expected) ? null : Problems.Unauthorized($"The key in the {Header} header is not this server's API key.");
    }
}
