namespace Mizan.Pipeline;

/// <summary>
/// One step of analysis: takes a document and returns it enriched. A stage declares the
/// annotation layers it needs and those it adds; the pipeline builder checks the order.
/// Stages are immutable and thread-safe: one instance serves every document.
/// </summary>
public interface IPipelineStage
{
    /// <summary>Short stable name, for errors and diagnostics.</summary>
    string Name { get; }

    /// <summary>Layers that must be present before this stage runs (see <see cref="Layers"/>).</summary>
    IReadOnlyList<string> Requires { get; }

    /// <summary>Layers this stage adds.</summary>
    IReadOnlyList<string> Provides { get; }

    /// <summary>Returns <paramref name="document"/> enriched with this stage's layers.</summary>
    Document Run(Document document, CancellationToken cancellationToken);
}
