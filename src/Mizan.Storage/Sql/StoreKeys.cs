using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mizan.Events;

namespace Mizan.Storage.Sql;

/// <summary>The keys of shared rows: a place by its gazetteer id (or a hash of what is known of it), an actor by a hash of its name, kind and country.</summary>
internal static class StoreKeys
{
    public static string Place(EventLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.GazetteerId is { Length: > 0 } id)
        {
            return id;
        }

        return "place:" + Hash(string.Join(
            '\u001f',
            location.Name,
            location.Country ?? string.Empty,
            location.Admin1 ?? string.Empty,
            location.Latitude?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty,
            location.Longitude?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty));
    }

    public static string Actor(EventActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return "actor:" + Hash(string.Join('\u001f', actor.Name, SnakeCaseEnum<ActorKind>.Name(actor.Kind), actor.Country ?? string.Empty));
    }

    private static string Hash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)).AsSpan(0, 8));
}
