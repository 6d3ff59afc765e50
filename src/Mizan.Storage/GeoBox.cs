using System.Globalization;

namespace Mizan.Storage;

/// <summary>
/// A longitude/latitude rectangle (WGS 84 degrees), as a map shows it. When <see cref="West"/> is
/// greater than <see cref="East"/> the box crosses the antimeridian (from 170 to -170 is 20 degrees wide).
/// </summary>
/// <param name="West">Western edge, longitude from -180 to 180.</param>
/// <param name="South">Southern edge, latitude from -90 to 90.</param>
/// <param name="East">Eastern edge, longitude from -180 to 180.</param>
/// <param name="North">Northern edge, latitude from -90 to 90, not below <paramref name="South"/>.</param>
public sealed record GeoBox(double West, double South, double East, double North)
{
    /// <summary>Whether a point lies in the box (edges included).</summary>
    public bool Contains(double latitude, double longitude) =>
        latitude >= South && latitude <= North
        && (West <= East ? longitude >= West && longitude <= East : longitude >= West || longitude <= East);

    /// <summary>
    /// Reads <c>west,south,east,north</c> (the order of GeoJSON bounding boxes), in degrees with a
    /// dot for decimals; null with a reason when the text is not such a box.
    /// </summary>
    public static GeoBox? Parse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] parts = text.Split(',', StringSplitOptions.TrimEntries);
        var values = new double[4];
        if (parts.Length != 4)
        {
            error = $"a bounding box is west,south,east,north (four numbers), not '{text}'";
            return null;
        }

        for (int i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out values[i]))
            {
                error = $"'{parts[i]}' in the bounding box is not a number";
                return null;
            }
        }

        var box = new GeoBox(values[0], values[1], values[2], values[3]);
        if (box.West is < -180 or > 180 || box.East is < -180 or > 180 || box.South is < -90 or > 90 || box.North is < -90 or > 90 || box.South > box.North)
        {
            error = $"the bounding box {text} is outside -180..180 (longitude) and -90..90 (latitude), or its south edge is north of its north edge";
            return null;
        }

        error = null;
        return box;
    }

    /// <summary>The box as <c>west,south,east,north</c>.</summary>
    public override string ToString() =>
        string.Join(',', new[] { West, South, East, North }.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
}
