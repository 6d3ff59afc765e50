using System.Text;
using Mizan.GazetteerBuilder;

namespace Mizan.Tests.Geocoding;

public class GazetteerGeneratorTests
{
    [Fact]
    public void Rerunning_the_generator_reproduces_the_committed_files_byte_for_byte()
    {
        string dataGeo = Path.Combine(GeoTestPaths.RepositoryRoot(), "data", "geo");

        IReadOnlyDictionary<string, string> generated = GazetteerGenerator.Generate(GeoTestPaths.SharedGeo(), dataGeo);

        Assert.Equal(["admin1.tsv", "countries.tsv", "gazetteer.tsv"], generated.Keys.Order(StringComparer.Ordinal));
        foreach ((string name, string content) in generated)
        {
            byte[] committed = File.ReadAllBytes(Path.Combine(dataGeo, name));
            Assert.True(
                committed.AsSpan().SequenceEqual(new UTF8Encoding(false).GetBytes(content)),
                $"data/geo/{name} differs from the generator's output: run dotnet run --project tools/Mizan.GazetteerBuilder -- <shared>/geo data/geo");
        }
    }

    [Theory]
    [InlineData("كيدال", true)]
    [InlineData("تين زاوتين", true)]
    [InlineData("ڤالمة", true)]
    [InlineData("کیدال", false)]
    [InlineData("گاو", false)]
    [InlineData("پاریس", false)]
    [InlineData("Kidal", false)]
    [InlineData("", false)]
    public void Only_names_in_arabic_orthography_are_kept(string name, bool kept)
    {
        Assert.Equal(kept, ArabicScript.IsArabicName(name));
    }

    [Fact]
    public void Folding_unifies_hamza_ta_marbuta_and_diacritics()
    {
        Assert.Equal(ArabicScript.Fold("الجزيرة"), ArabicScript.Fold("الجَزِيره"));
        Assert.Equal(ArabicScript.Fold("أمن"), ArabicScript.Fold("امن"));
    }
}
