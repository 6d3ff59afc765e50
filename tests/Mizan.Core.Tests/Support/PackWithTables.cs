using Mizan.Languages;
using Mizan.Languages.Arabic;
using Mizan.Lexicons;
using Mizan.Text;

namespace Mizan.Tests.Support;

/// <summary>
/// A language pack that is Arabic except for the tables it is given: a test double for the loaders,
/// and a small proof that a pack is one class over a folder of data.
/// </summary>
public sealed class PackWithTables(IReadOnlyDictionary<string, string> tables) : ILanguagePack
{
    private static ArabicLanguagePack Arabic => ArabicLanguagePack.Instance;

    public string Code => "ar";

    public IMorphology Morphology => Arabic.Morphology;

    public LanguageWords Words => Arabic.Words;

    public NormalizedText Normalize(string text) => Arabic.Normalize(text);

    public string Key(string text) => Arabic.Key(text);

    public char? Fold(char c) => Arabic.Fold(c);

    public IEnumerable<VerbForm> Conjugate(string form) => Arabic.Conjugate(form);

    public VerbTense TenseOf(string form) => Arabic.TenseOf(form);

    public TextReader OpenText(string name) =>
        tables.TryGetValue(name, out string? text) ? new StringReader(text) : Arabic.OpenText(name);
}
