using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Mizan.Tests.Languages;

/// <summary>
/// Arabic lives in its language pack: outside <c>src/Mizan.Core/Languages/Arabic/</c> the code of
/// Mizan.Core holds no Arabic letter (comments and the examples in them aside; string and character
/// literals count). A word the engine compares is a row of <c>data/ar/</c>, a rule of the language is
/// a member of the pack, so that another language is a folder of data and a small class, not a fork.
/// </summary>
public sealed class ArabicStaysInItsPackTests
{
    private static readonly string PackFolder = Path.Combine("Languages", "Arabic") + Path.DirectorySeparatorChar;

    /// <summary>
    /// The files outside the pack that still write Arabic letters as escapes (<c>'\u0648'</c>): the
    /// tokeniser's script classes (Arabic letters, ، ؛ ؟), the number scanner's rules of و، ف، س، ل and
    /// of the hamza and ta marbuta, and the alef <see cref="Mizan.Morphology.CliticReading.Stem"/>
    /// restores; they are yet to move into the pack. The list may only shrink.
    /// </summary>
    private static readonly string[] EscapesYetToMove =
    [
        "Morphology/CliticReading.cs",
        "Numbers/NumberScanner.cs",
        "Tokenization/Tokenizer.cs",
    ];

    [Fact]
    public void No_Arabic_letter_is_written_in_Mizan_Core_code_outside_the_Arabic_pack()
    {
        string root = CoreSourceFolder();
        var found = new List<string>();
        foreach (string file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(root, file);
            if (relative.StartsWith(PackFolder, StringComparison.Ordinal) || relative.Split(Path.DirectorySeparatorChar)[0] is "obj" or "bin")
            {
                continue;
            }

            string code = CodeWithoutComments(File.ReadAllText(file));
            string[] lines = code.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Any(IsArabic))
                {
                    found.Add($"{relative}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(found.Count == 0, $"Arabic letters in Mizan.Core code outside {PackFolder} (move the words to a row of data/ar/, the rule to the pack):\n{string.Join('\n', found)}");
    }

    [Fact]
    public void Arabic_letters_written_as_escapes_stay_in_the_files_known_to_hold_them()
    {
        string root = CoreSourceFolder();
        var escape = new Regex(@"\\u(06[0-9A-Fa-f]{2}|07[5-7][0-9A-Fa-f]|08[A-Fa-f][0-9A-Fa-f]|F[B-D][0-9A-Fa-f]{2}|FE[7-9A-Fa-f][0-9A-Fa-f])", RegexOptions.CultureInvariant);
        var holding = new List<string>();
        foreach (string file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(root, file);
            if (!relative.StartsWith(PackFolder, StringComparison.Ordinal)
                && relative.Split(Path.DirectorySeparatorChar)[0] is not ("obj" or "bin")
                && escape.IsMatch(CodeWithoutComments(File.ReadAllText(file))))
            {
                holding.Add(relative.Replace(Path.DirectorySeparatorChar, '/'));
            }
        }

        Assert.Empty(holding.Except(EscapesYetToMove));
        Assert.Empty(EscapesYetToMove.Except(holding)); // moved: take the file off the list
    }

    [Theory]
    [InlineData("int x = 1; // قتل in a comment\n", false)]
    [InlineData("/* الجيش\n across lines */ int x = 1;\n", false)]
    [InlineData("/// <summary>مقتل: an example in a doc comment.</summary>\nint x;\n", false)]
    [InlineData("string s = \"// not a comment\"; char c = 'و';\n", true)]
    [InlineData("string s = \"قتل\";\n", true)]
    [InlineData("string s = @\"a \"\"quoted\"\" ال\";\n", true)]
    [InlineData("string s = \"\"\"\n  ال\n  \"\"\";\n", true)]
    [InlineData("string s = $\"{x} ب\"; // then a comment\n", true)]
    [InlineData("string url = \"http://example.org\"; // ب\n", false)]
    public void Comments_are_left_out_and_literals_are_kept(string source, bool arabic) =>
        Assert.Equal(arabic, CodeWithoutComments(source).Any(IsArabic));

    [Fact]
    public void Line_numbers_survive_the_stripping_of_comments()
    {
        string code = CodeWithoutComments("a /* one\ntwo */ b\n// three\nc\n");
        Assert.Equal(["a ", " b", "", "c", ""], code.Split('\n'));
    }

    /// <summary>The Arabic blocks: Arabic, Supplement, Extended-A and the presentation forms.</summary>
    private static bool IsArabic(char c) =>
        c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF')
            or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    /// <summary>
    /// C# source with its comments (<c>//</c>, <c>///</c> and <c>/* */</c>) removed and every string and
    /// character literal kept; newlines are kept so that line numbers stay.
    /// </summary>
    internal static string CodeWithoutComments(string source)
    {
        var code = new StringBuilder(source.Length);
        int i = 0;
        while (i < source.Length)
        {
            char c = source[i];
            char next = i + 1 < source.Length ? source[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                while (i < source.Length && source[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == '/' && next == '*')
            {
                int end = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? source.Length : end + 2;
                code.Append('\n', source.AsSpan(i, end - i).Count('\n'));
                i = end;
            }
            else if (c == '"' && source.AsSpan(i).StartsWith("\"\"\""))
            {
                int quotes = 0;
                while (i + quotes < source.Length && source[i + quotes] == '"')
                {
                    quotes++;
                }

                int end = source.IndexOf(new string('"', quotes), i + quotes, StringComparison.Ordinal);
                end = end < 0 ? source.Length : end + quotes;
                code.Append(source, i, end - i);
                i = end;
            }
            else if (c == '"' || c == '\'')
            {
                bool verbatim = i > 0 && source[i - 1] == '@' || (i > 1 && source[i - 1] == '$' && source[i - 2] == '@');
                int j = i + 1;
                while (j < source.Length && source[j] != '\n')
                {
                    if (!verbatim && source[j] == '\\')
                    {
                        j += 2;
                        continue;
                    }

                    if (source[j] == c)
                    {
                        if (verbatim && j + 1 < source.Length && source[j + 1] == c)
                        {
                            j += 2;
                            continue;
                        }

                        j++;
                        break;
                    }

                    j++;
                }

                j = Math.Min(j, source.Length);
                code.Append(source, i, j - i);
                i = j;
            }
            else
            {
                code.Append(c);
                i++;
            }
        }

        return code.ToString();
    }

    internal static string CoreSourceFolder([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", "..", "src", "Mizan.Core"));
}
