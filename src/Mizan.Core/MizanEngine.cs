using Mizan.Pipeline;
using Mizan.Tokenization;

namespace Mizan;

/// <summary>
/// The default Arabic pipeline with its language resources loaded once. Immutable and
/// thread-safe: create one and share it across threads.
/// </summary>
public sealed class MizanEngine
{
    private MizanEngine(MizanPipeline pipeline) => Pipeline = pipeline;

    /// <summary>The stages this engine runs.</summary>
    public MizanPipeline Pipeline { get; }

    /// <summary>Builds the default pipeline from the embedded resources.</summary>
    public static MizanEngine CreateDefault()
    {
        MizanPipeline pipeline = new PipelineBuilder()
            .Add(new SegmentationStage())
            .Build();
        return new MizanEngine(pipeline);
    }

    /// <summary>Analyses one article.</summary>
    public Document Process(Article article, CancellationToken cancellationToken = default) =>
        Pipeline.Process(article, cancellationToken);
}
