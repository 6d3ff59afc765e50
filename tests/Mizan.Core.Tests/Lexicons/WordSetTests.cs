using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mizan.Lexicons;

namespace Mizan.Tests.Lexicons;

/// <summary>A word set gives a frozen set's answers, its quick rejections aside.</summary>
public class WordSetTests
{
    private static readonly string[] Keys = ["غاره", "قصف", "جوي", "صاروخيه", "اعتقال", "ك", ""];

    [Fact]
    public void Finds_every_key_and_nothing_else()
    {
        var set = new WordSet(Keys);
        Assert.Equal(Keys.Length, set.Count);
        foreach (string key in Keys)
        {
            Assert.True(set.Contains(key), key);
        }

        Assert.False(set.Contains("غارة"));
        Assert.False(set.Contains("قصفت"));
        Assert.False(set.Contains("جو"));
        Assert.False(set.Contains("ل"));
        Assert.False(new WordSet(["قصف"]).Contains(""));
    }

    [Property]
    public Property Answers_as_a_hash_set_does(string[] keys, string word)
    {
        string[] clean = [.. (keys ?? []).Where(k => k is not null)];
        var set = new WordSet(clean);
        var reference = new HashSet<string>(clean, StringComparer.Ordinal);
        string probe = word ?? "";
        return (set.Contains(probe) == reference.Contains(probe)
            && clean.All(k => set.Contains(k))).ToProperty();
    }
}
