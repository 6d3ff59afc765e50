using Mizan.Morphology;
using Mizan.Text;

namespace Mizan.Lexicons;

/// <summary>
/// A phrase a <see cref="PhraseTrie"/> found at a token: where it ends, its key span, how its words
/// were read, and the number of its entries' slot in the index that owns the trie.
/// </summary>
/// <param name="EndToken">Index after the last token.</param>
/// <param name="KeySpan">Key span of the phrase without the peeled clitics.</param>
/// <param name="Reading">How the first token was read.</param>
/// <param name="SuffixLength">Characters of enclitic peeled from the last token.</param>
/// <param name="Terminal">The slot of the entries filed under the phrase (<see cref="PhraseTrie.TerminalCount"/> slots).</param>
internal readonly record struct TrieMatch(int EndToken, TextSpan KeySpan, CliticReading Reading, int SuffixLength, int Terminal);
