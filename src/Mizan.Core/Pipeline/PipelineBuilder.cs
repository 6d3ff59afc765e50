using System.Collections.Immutable;
using Mizan.Languages;

namespace Mizan.Pipeline;

/// <summary>
/// Assembles stages into an immutable <see cref="MizanPipeline"/>, checking that every
/// stage's requirements are provided by an earlier stage.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IPipelineStage> _stages = [];
    private readonly ILanguagePack _language;

    /// <summary>Starts a pipeline that reads articles in <paramref name="language"/>.</summary>
    public PipelineBuilder(ILanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(language);
        _language = language;
    }

    /// <summary>Appends a stage.</summary>
    public PipelineBuilder Add(IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Checks the order of the stages and freezes them into a pipeline.</summary>
    /// <exception cref="InvalidOperationException">A stage needs a layer that no earlier stage provides.</exception>
    public MizanPipeline Build()
    {
        var provided = new HashSet<string>(StringComparer.Ordinal) { Layers.Text };
        foreach (IPipelineStage stage in _stages)
        {
            foreach (string required in stage.Requires)
            {
                if (!provided.Contains(required))
                {
                    throw new InvalidOperationException(
                        $"Pipeline stage '{stage.Name}' requires layer '{required}', which no earlier stage provides (provided so far: {string.Join(", ", provided.Order(StringComparer.Ordinal))}).");
                }
            }

            provided.UnionWith(stage.Provides);
        }

        return new MizanPipeline(_language, [.. _stages]);
    }
}

/// <summary>An immutable, thread-safe sequence of stages; reuse one instance for every article.</summary>
public sealed class MizanPipeline
{
    internal MizanPipeline(ILanguagePack language, ImmutableArray<IPipelineStage> stages)
    {
        Language = language;
        Stages = stages;
    }

    /// <summary>The language every article is read in.</summary>
    public ILanguagePack Language { get; }

    /// <summary>The stages in the order they run.</summary>
    public ImmutableArray<IPipelineStage> Stages { get; }

    /// <summary>Runs every stage over one article.</summary>
    public Document Process(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        Document document = Document.Create(article, Language);
        foreach (IPipelineStage stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            document = stage.Run(document, cancellationToken);
        }

        return document;
    }
}
