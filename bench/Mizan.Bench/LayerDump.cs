using System.Text.Json;
using System.Text.Json.Serialization;
using Mizan.IO.Input;
using Mizan.IO.Output;
using Mizan.Pipeline;

namespace Mizan.Bench;

/// <summary>
/// <c>dump FILES...</c>: every annotation layer of every article (tokens, sentences, numbers, dates,
/// places, actors, attributions) and the extraction output, one JSON line per article. Two builds
/// that produce the same dump behave the same: the check that a speed-up changed nothing.
/// </summary>
internal static class LayerDump
{
    private static readonly JsonSerializerOptions Options = new()
    {
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        Converters = { new JsonStringEnumConverter() },
    };

    public static int Run(IReadOnlyList<string> paths, Stream output)
    {
        MizanEngine engine = MizanEngine.CreateDefault();
        var reader = new ArticleReader();
        foreach (ReadResult result in reader.Read(paths))
        {
            if (!result.IsArticle)
            {
                continue;
            }

            Document document = engine.Process(result.Article);
            var layers = new
            {
                id = document.Article.Id,
                document.Normalized.Key,
                document.Tokens,
                document.Sentences,
                document.Numbers,
                document.Dates,
                document.Places,
                document.Actors,
                document.Attributions,
            };
            JsonSerializer.Serialize(output, layers, Options);
            output.WriteByte((byte)'\n');
            output.Write(ExtractionJsonWriter.ToJsonLine(document));
        }

        return 0;
    }
}
