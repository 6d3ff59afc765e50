using Mizan.Lexicons;
using Mizan.Resources;
using Mizan.Text;

namespace Mizan.Languages.Arabic;

/// <summary>
/// Arabic: the key of <see cref="ArabicNormalizer"/>, the clitics of <see cref="CliticPeeler"/>, the
/// conjugations of <see cref="FormExpander"/> and the data of <c>data/ar/</c>. Immutable and
/// thread-safe: load it once (<see cref="Instance"/>) and share it.
/// </summary>
public sealed class ArabicLanguagePack : ILanguagePack
{
    private static readonly Lazy<ArabicLanguagePack> Shared = new(() => new ArabicLanguagePack());

    private ArabicLanguagePack()
    {
        Morphology = new ArabicMorphology();
        Words = LanguageWords.Load(this);
    }

    /// <summary>The Arabic pack, loaded on first use from the data compiled into Mizan.Core.</summary>
    public static ArabicLanguagePack Instance => Shared.Value;

    /// <inheritdoc/>
    public string Code => "ar";

    /// <inheritdoc/>
    public IMorphology Morphology { get; }

    /// <inheritdoc/>
    public LanguageWords Words { get; }

    /// <inheritdoc/>
    public NormalizedText Normalize(string text) => ArabicNormalizer.Normalize(text);

    /// <inheritdoc/>
    public string Key(string text) => ArabicNormalizer.Key(text);

    /// <inheritdoc/>
    public char? Fold(char c) => ArabicNormalizer.FoldChar(c);

    /// <inheritdoc/>
    public IEnumerable<VerbForm> Conjugate(string form) => FormExpander.Conjugate(form);

    /// <inheritdoc/>
    public VerbTense TenseOf(string form) => ArabicTense.Of(form);

    /// <inheritdoc/>
    public TextReader OpenText(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return EmbeddedData.OpenText($"{Code}/{name}");
    }
}
