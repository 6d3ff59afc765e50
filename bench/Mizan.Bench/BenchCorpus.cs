using System.Text;
using Mizan.IO.Input;
using Mizan.Pipeline;

namespace Mizan.Bench;

/// <summary>Articles held in memory for timing, with the size of their text.</summary>
internal sealed class BenchCorpus
{
    private BenchCorpus(Article[] articles, string[] texts, string source)
    {
        Articles = articles;
        Texts = texts;
        Source = source;
        long bytes = 0;
        long chars = 0;
        foreach (string text in texts)
        {
            bytes += Encoding.UTF8.GetByteCount(text);
            chars += text.Length;
        }

        Utf8Bytes = bytes;
        Chars = chars;
    }

    /// <summary>The articles.</summary>
    public Article[] Articles { get; }

    /// <summary><see cref="Article.Text"/> of each article (what every stage reads), built once.</summary>
    public string[] Texts { get; }

    /// <summary>Where the articles were read from.</summary>
    public string Source { get; }

    /// <summary>UTF-8 bytes of all texts.</summary>
    public long Utf8Bytes { get; }

    /// <summary>UTF-16 characters of all texts.</summary>
    public long Chars { get; }

    public int Count => Articles.Length;

    /// <summary>
    /// Reads the articles of <paramref name="folder"/> (every input file under it, in path order) and
    /// keeps <paramref name="count"/> of them spread evenly over the whole folder (every article when
    /// <paramref name="count"/> is 0 or more than there are).
    /// </summary>
    public static BenchCorpus Load(string folder, int count)
    {
        var reader = new ArticleReader();
        var all = new List<Article>();
        foreach (ReadResult result in reader.Read([folder]))
        {
            if (result.IsArticle)
            {
                all.Add(result.Article);
            }
        }

        if (all.Count == 0)
        {
            throw new InvalidOperationException($"No article could be read from {folder}.");
        }

        Article[] chosen;
        if (count <= 0 || count >= all.Count)
        {
            chosen = [.. all];
        }
        else
        {
            chosen = new Article[count];
            for (int i = 0; i < count; i++)
            {
                chosen[i] = all[(int)((long)i * all.Count / count)];
            }
        }

        return new BenchCorpus(chosen, [.. chosen.Select(a => a.Text)], folder);
    }

    /// <summary>The ant2 corpus of the shared folder.</summary>
    public static BenchCorpus LoadAnt2(int count) => Load(Path.Combine(SharedFolder.Locate(), "corpus", "ant2"), count);
}
