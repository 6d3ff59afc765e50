using System.Runtime.CompilerServices;
using Mizan.Geocoding;

namespace Mizan.Tests.PublicApi;

/// <summary>
/// The engine library's public surface is deliberate: it is written down in
/// <c>Mizan.Core.api.txt</c> beside this file, and a change to it shows in review as a change to
/// that file. To accept a change, run the tests with <c>MIZAN_UPDATE_API=1</c> and commit the file.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_surface_of_Mizan_Core_is_the_one_written_down()
    {
        string actual = PublicApiListing.Of(typeof(Gazetteer).Assembly);
        string path = Path.Combine(SourceFolder(), "Mizan.Core.api.txt");
        if (Environment.GetEnvironmentVariable("MIZAN_UPDATE_API") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with MIZAN_UPDATE_API=1 to write it, then review and commit it");
        string expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            var was = expected.Split('\n').ToHashSet(StringComparer.Ordinal);
            var now = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
            string added = string.Join("\n", now.Except(was).Take(20).Select(l => "+ " + l));
            string removed = string.Join("\n", was.Except(now).Take(20).Select(l => "- " + l));
            Assert.Fail($"The public surface of Mizan.Core changed. If that is meant, run the tests with MIZAN_UPDATE_API=1 and commit {Path.GetFileName(path)}.\n{added}\n{removed}");
        }
    }

    [Fact]
    public void The_listing_names_public_types_and_members_and_leaves_internal_ones_out()
    {
        string listing = PublicApiListing.Of(typeof(Gazetteer).Assembly);
        Assert.Contains("Mizan.Geocoding.Gazetteer (sealed class)", listing, StringComparison.Ordinal);
        Assert.Contains("Mizan.Geocoding.Gazetteer::static Mizan.Geocoding.Gazetteer LoadEmbedded(Mizan.Languages.ILanguagePack language)", listing, StringComparison.Ordinal);
        Assert.DoesNotContain("Mizan.Events.EventMerger", listing, StringComparison.Ordinal);
        Assert.DoesNotContain("<Clone>$", listing, StringComparison.Ordinal);
    }

    private static string SourceFolder([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
