using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Mizan.Bench;

/// <summary>
/// The peer stage: Lucene.Net 4.8's <see cref="ArabicAnalyzer"/> (standard tokeniser, lower-casing,
/// stop words, Arabic normalisation and light stemming), every token consumed.
/// </summary>
internal sealed class LuceneArabic : IDisposable
{
    private readonly ArabicAnalyzer _analyzer = new(LuceneVersion.LUCENE_48);

    /// <summary>Analyses a text; returns the number of tokens plus their total length, so nothing is optimised away.</summary>
    public int Consume(string text)
    {
        int sum = 0;
        using TokenStream stream = _analyzer.GetTokenStream("body", text);
        ICharTermAttribute term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            sum += 1 + term.Length;
        }

        stream.End();
        return sum;
    }

    public void Dispose() => _analyzer.Dispose();
}
