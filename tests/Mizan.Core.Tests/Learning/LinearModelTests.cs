using System.Collections.Immutable;
using Mizan.Learning;
using Mizan.Lexicons;

namespace Mizan.Tests.Learning;

public sealed class LinearModelTests
{
    private static LinearModel Small()
    {
        var weights = new float[1 << 4];
        weights[3] = 1.5f;
        weights[9] = -0.25f;
        return new LinearModel(
            "event-scorer",
            4,
            weights,
            -0.5f,
            ImmutableDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, double>("ASSAULT", 0.3)]),
            ["source: written for this test", "licence: MIT", "data: none"],
            ["rules", "words"]);
    }

    private static string Text(LinearModel model)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        model.Write(writer);
        return writer.ToString();
    }

    [Fact]
    public void A_model_reads_back_as_it_was_written()
    {
        LinearModel model = Small();

        LinearModel read = LinearModel.Read(new StringReader(Text(model)), "test.tsv");

        Assert.Equal("event-scorer", read.Name);
        Assert.Equal(4, read.HashBits);
        Assert.Equal(-0.5f, read.Bias);
        Assert.Equal(1.5f, read.Weight(3));
        Assert.Equal(-0.25f, read.Weight(9));
        Assert.Equal(0f, read.Weight(4));
        Assert.Equal(2, read.NonZeroWeights);
        Assert.Equal(0.3, read.ThresholdOf("ASSAULT"));
        Assert.Equal(0.5, read.ThresholdOf("PROTEST"));
        Assert.True(read.Features.SequenceEqual(["rules", "words"]));
        Assert.True(model.Provenance.SequenceEqual(read.Provenance));
        Assert.Equal(Text(model), Text(read));
    }

    [Fact]
    public void The_probability_is_the_logistic_of_the_weights_of_the_features_present()
    {
        LinearModel model = Small();
        var features = new SparseVector([3, 9], [1f, 1f]);

        double p = model.Probability(features);

        Assert.Equal(1 / (1 + Math.Exp(-(-0.5 + 1.5 - 0.25))), p, 6);
    }

    [Theory]
    [InlineData("w\t99\t0.5", "is not in 0..15")]
    [InlineData("w\t3\tabc", "is not a finite number")]
    [InlineData("threshold\tASSAULT\t1.5", "a threshold is a probability")]
    [InlineData("weight\t3\t0.5", "unknown entry \"weight\"")]
    public void A_bad_row_is_reported_with_its_file_and_line(string row, string problem)
    {
        string text = Text(Small()) + row + "\n";

        var error = Assert.Throws<LexiconFormatException>(() => LinearModel.Read(new StringReader(text), "models/bad.tsv"));

        Assert.Equal("models/bad.tsv", error.File);
        Assert.Equal(text.Split('\n').Length - 1, error.Line);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_without_source_and_licence_is_refused()
    {
        string text = "entry\tkey\tvalue\nmodel\t\tx\nhash_bits\t\t4\n";

        var error = Assert.Throws<LexiconFormatException>(() => LinearModel.Read(new StringReader(text), "models/x.tsv"));

        Assert.Contains("source", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_without_its_hash_width_is_refused()
    {
        string text = "# source: test\n# licence: MIT\nentry\tkey\tvalue\nmodel\t\tx\nbias\t\t0.5\n";

        var error = Assert.Throws<LexiconFormatException>(() => LinearModel.Read(new StringReader(text), "models/x.tsv"));

        Assert.Contains("hash_bits", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_committed_event_scorer_says_where_it_comes_from()
    {
        LinearModel model = Assert.IsType<LinearModel>(LearnedModels.LoadEmbedded().EventScorer);

        Assert.Contains(model.Provenance, l => l.StartsWith("source: trained by `mizan train", StringComparison.Ordinal));
        Assert.Contains(model.Provenance, l => l.StartsWith("data-sha256: ", StringComparison.Ordinal));
        Assert.Contains(model.Provenance, l => l.StartsWith("commit: ", StringComparison.Ordinal));
        Assert.Contains(model.Provenance, l => l.StartsWith("cv-5: articles: ", StringComparison.Ordinal));
        Assert.Equal(["ASSAULT", "DISPLACE", "PROTEST"], model.Thresholds.Keys.Order(StringComparer.Ordinal));
    }
}
