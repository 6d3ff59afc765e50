using System.Collections.Frozen;
using System.Text;

namespace Mizan.Storage;

/// <summary>
/// The stored (and exported) names of an enum's values, in snake case as in the output contract
/// (<c>StateForces</c> ↔ <c>state_forces</c>, <c>NearTown</c> ↔ <c>near_town</c>).
/// </summary>
public static class SnakeCaseEnum<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(v => v, v => SnakeCase(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum> Values =
        Names.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    public static string Name(TEnum value) =>
        Names.TryGetValue(value, out string? name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, null);

    public static TEnum Parse(string name) =>
        Values.TryGetValue(name, out TEnum value)
            ? value
            : throw new InvalidDataException($"'{name}' is not a stored {typeof(TEnum).Name} value.");

    private static string SnakeCase(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
