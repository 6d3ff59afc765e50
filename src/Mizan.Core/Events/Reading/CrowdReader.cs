using Mizan.Numbers;

namespace Mizan.Events.Reading;

/// <summary>
/// Reads whether a protest candidate gives the size of its crowd: a number next to a protest word
/// (تجمع نحو 500 متظاهر، نزل آلاف الأشخاص، خرج مئات الطلاب).
/// </summary>
internal sealed class CrowdReader : IArgumentReader
{
    /// <inheritdoc />
    public void Read(EventCandidate candidate, SentenceContext sentence)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(sentence);
        EventCandidate c = candidate;
        SentenceContext s = sentence;
        if (!c.TypeInfo.IsCrowd)
        {
            return;
        }

        (int firstNumber, int endNumber) = s.Mentions.Numbers.Starting(s.FirstToken, s.EndToken);
        foreach (TriggerHit t in c.Triggers)
        {
            for (int n = firstNumber; n < endNumber; n++)
            {
                NumberMention number = s.Document.Numbers[n];
                // The people word is counted by the number before it (500 متظاهر); after it a
                // number counts something else (أحرق المتظاهرون 17 سيارة).
                bool after = !t.Entry.NamesAgents && number.FirstToken > t.FirstToken && number.FirstToken <= t.EndToken + 2;
                bool before = number.EndToken <= t.FirstToken && number.EndToken >= t.FirstToken - (t.Entry.NamesAgents ? 0 : 1);
                if (number.Unit is null && (after || before) && s.SameClause(Math.Min(number.FirstToken, t.FirstToken), Math.Max(number.FirstToken, t.FirstToken)))
                {
                    c.CountsCrowd = true;
                    return;
                }
            }
        }
    }
}
