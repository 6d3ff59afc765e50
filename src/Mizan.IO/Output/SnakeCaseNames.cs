using System.Collections.Frozen;
using System.Text;
using System.Text.Json;

namespace Mizan.IO.Output;

/// <summary>
/// The JSON names of an enum's values in snake case (<c>StateForces</c> → <c>state_forces</c>,
/// <c>NearTown</c> → <c>near_town</c>, <c>Occurred</c> → <c>occurred</c>), computed once per enum type.
/// </summary>
internal static class SnakeCaseNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, JsonEncodedText> Names =
        Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(value => value, value => JsonEncodedText.Encode(SnakeCase.Of(value.ToString())));

    public static JsonEncodedText Of(TEnum value) =>
        Names.TryGetValue(value, out JsonEncodedText name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name} has no value {value}.");
}

/// <summary>Converts PascalCase names to snake_case.</summary>
internal static class SnakeCase
{
    public static string Of(string pascalCase)
    {
        ArgumentNullException.ThrowIfNull(pascalCase);
        var result = new StringBuilder(pascalCase.Length + 4);
        for (int i = 0; i < pascalCase.Length; i++)
        {
            char c = pascalCase[i];
            if (char.IsUpper(c))
            {
                bool afterLowerOrDigit = i > 0 && (char.IsLower(pascalCase[i - 1]) || char.IsDigit(pascalCase[i - 1]));
                bool endsAcronym = i > 0 && char.IsUpper(pascalCase[i - 1]) && i + 1 < pascalCase.Length && char.IsLower(pascalCase[i + 1]);
                if (afterLowerOrDigit || endsAcronym)
                {
                    result.Append('_');
                }

                result.Append(char.ToLowerInvariant(c));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
