using System.Text;
using System.Text.Json;
using Mizan.Cli;
using Mizan.Storage.Tests.Support;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Mizan.Storage.Tests.Export;

/// <summary>The GeoJSON export, read back by an independent GeoJSON reader (NetTopologySuite).</summary>
public sealed class GeoJsonExportTests : IDisposable
{
    private readonly StoreWithIncidents _store = new();

    [Fact]
    public async Task Geojson_export_loads_in_NetTopologySuite_as_points_at_the_incidents_places()
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        int code = await MizanCli.RunAsync(["export", "--format", "geojson", "--db", _store.Path], new MemoryStream(), output, error);
        Assert.True(code == 0, error.ToString());

        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        FeatureCollection? features = JsonSerializer.Deserialize<FeatureCollection>(Encoding.UTF8.GetString(output.ToArray()), options);

        Assert.NotNull(features);
        Assert.Equal(4, features.Count);
        IFeature kidal = Assert.Single(features, f => (string)f.Attributes["id"] == "in-a");
        Point point = Assert.IsType<Point>(kidal.Geometry);
        Assert.Equal(1.40778, point.X, 5);
        Assert.Equal(18.44111, point.Y, 5);
        Assert.Equal("Kidal", kidal.Attributes["location"]);
        Assert.Equal(0L, Convert.ToInt64(kidal.Attributes["fatalities_conservative"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(20L, Convert.ToInt64(kidal.Attributes["fatalities_high"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True((bool)kidal.Attributes["disputed"]);
        Assert.All(features, f => Assert.True(f.Geometry.IsValid));
    }

    public void Dispose() => _store.Dispose();
}
