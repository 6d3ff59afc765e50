using Mizan.Languages.Arabic;
using Mizan.Numbers;
using Mizan.Pipeline;
using Mizan.Tokenization;

namespace Mizan.Tests.Numbers;

public class NumberRecognitionStageTests
{
    [Fact]
    public void The_stage_requires_tokens_and_provides_numbers()
    {
        var stage = new NumberRecognitionStage(NumberTestSupport.Recognizer);
        Assert.Equal([Layers.Tokens], stage.Requires);
        Assert.Equal([Layers.Numbers], stage.Provides);
        Assert.Throws<InvalidOperationException>(() => new PipelineBuilder(ArabicLanguagePack.Instance).Add(stage).Build());
    }

    [Fact]
    public void A_pipeline_with_segmentation_fills_the_numbers_of_the_document()
    {
        MizanPipeline pipeline = new PipelineBuilder(ArabicLanguagePack.Instance)
            .Add(new SegmentationStage())
            .Add(new NumberRecognitionStage(NumberTestSupport.Recognizer))
            .Build();
        Document document = pipeline.Process(new Article("a", "مقتل 3 جنود", "قتل ثلاثة جنود في كمين"));
        Assert.Equal(["3", "ثلاثة"], document.Numbers.Select(m => document.Slice(m.Span)));
    }

    [Fact]
    public void A_text_without_tokens_has_no_numbers()
    {
        Assert.Empty(NumberTestSupport.Analyse(string.Empty).Numbers);
        Assert.Empty(NumberTestSupport.Recognizer.Recognize(Mizan.Languages.Arabic.ArabicNormalizer.Normalize("20"), []));
    }
}
