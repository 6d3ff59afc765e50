using Mizan.Events;
using Mizan.Pipeline;
using Mizan.Tokenization;

namespace Mizan.Learning;

/// <summary>
/// The features of an event candidate that the learned scorer weighs, each joined with the
/// candidate's type (the same word says different things of an assault and of a protest):
/// <list type="bullet">
/// <item>what the rules saw: trigger lemmas, frames, verb or noun and tense, status, assertion,
/// anaphora, subordinate clause, weapon without firing, recalled, the rules' strength, figures of
/// killed, injured, captured or displaced, a denial, the size of a crowd, the kinds of the actors,
/// a place and its precision, a date and how old it is, the source and the kind of attribution,
/// headline or body and the sentence's position;</item>
/// <item>the words: the matching keys of the sentence's words and their pairs (digits as 0), and
/// the three words on each side of the main trigger, by position.</item>
/// </list>
/// Nothing here is a word list: the words come from the text, the weights from <c>mizan train</c>.
/// </summary>
internal static class CandidateFeaturizer
{
    /// <summary>How many words on each side of the main trigger are features by their position.</summary>
    private const int WindowWords = 3;

    /// <summary>Adds the features of the candidate at <paramref name="index"/> to <paramref name="into"/>.</summary>
    /// <param name="document">The document the candidate was read from.</param>
    /// <param name="candidates">All candidates of the document, in text order.</param>
    /// <param name="index">The candidate's index in <paramref name="candidates"/>.</param>
    /// <param name="titleSentences">How many sentences make the title.</param>
    /// <param name="families">Which features.</param>
    /// <param name="into">The builder to add to.</param>
    public static void Describe(Document document, IReadOnlyList<EventCandidate> candidates, int index, int titleSentences, FeatureFamilies families, FeatureSetBuilder into)
    {
        EventCandidate candidate = candidates[index];
        var features = new TypedFeatures(into, string.Concat(candidate.Type, "|"));
        features.Flag("bias");
        if (families.HasFlag(FeatureFamilies.Rules))
        {
            Rules(document, candidate, titleSentences, features);
        }

        if ((families & (FeatureFamilies.Words | FeatureFamilies.Pairs | FeatureFamilies.Letters)) != 0)
        {
            Words(document, document.Sentences[candidate.Sentence], families, features);
        }

        if (families.HasFlag(FeatureFamilies.Window))
        {
            Window(document, candidate, features);
        }

        if (families.HasFlag(FeatureFamilies.Context))
        {
            Context(candidates, index, features);
        }
    }

    /// <summary>
    /// The candidates of the same type before this one: how many the rules would let start an
    /// event, and whether one has the same main trigger word (a second report of one incident, or
    /// a new incident told the same way).
    /// </summary>
    private static void Context(IReadOnlyList<EventCandidate> candidates, int index, TypedFeatures f)
    {
        EventCandidate c = candidates[index];
        int earlier = 0;
        bool sameLemma = false, sameSentence = false;
        for (int i = 0; i < index; i++)
        {
            EventCandidate other = candidates[i];
            if (other.Type != c.Type || other.ClaimOnly)
            {
                continue;
            }

            earlier += other.RuleStarts ? 1 : 0;
            sameLemma |= other.Main?.Entry.Lemma == c.Main?.Entry.Lemma;
            sameSentence |= other.Sentence == c.Sentence;
        }

        f.Value("earlier", Bucket(Math.Min(earlier, 3)));
        if (sameLemma)
        {
            f.Flag("earlier-same-lemma");
        }

        if (sameSentence)
        {
            f.Flag("earlier-same-sentence");
        }
    }

    /// <summary>Adds features joined with the candidate's type.</summary>
    /// <remarks>The hash of the prefix is computed once and copied: the hash reads a name piece by piece, so going on from it is hashing the whole name.</remarks>
    private readonly struct TypedFeatures(FeatureSetBuilder into, string prefix)
    {
        private readonly FeatureHash _prefix = FeatureHash.Of(prefix);

        public FeatureSetBuilder Into { get; } = into;

        public void Flag(ReadOnlySpan<char> name)
        {
            FeatureHash h = _prefix;
            h.Add(name);
            Into.Add(h);
        }

        public void Value(ReadOnlySpan<char> name, ReadOnlySpan<char> value)
        {
            FeatureHash h = _prefix;
            h.Add(name);
            h.Add('=');
            h.Add(value);
            Into.Add(h);
        }

        public FeatureHash Start(ReadOnlySpan<char> kind)
        {
            FeatureHash h = _prefix;
            h.Add(kind);
            return h;
        }
    }

    private static void Rules(Document document, EventCandidate c, int titleSentences, TypedFeatures f)
    {
        f.Value("status", StatusName(c.Status));
        f.Value("strength", Bucket(Math.Clamp(c.Strength, -3, 9)));
        if (c.Asserted)
        {
            f.Flag("asserted");
        }

        if (c.Asserted && c.Strength >= c.TypeInfo.StrengthThreshold)
        {
            f.Flag("rule-starts");
        }

        if (c.Anaphoric)
        {
            f.Flag("anaphoric");
        }

        if (c.Background)
        {
            f.Flag("recalled");
        }

        if (c.ClaimOnly)
        {
            f.Flag("claim-only");
        }

        f.Value("triggers", Bucket(Math.Min(c.Triggers.Count, 3)));
        foreach (TriggerHit t in c.Triggers)
        {
            f.Value("lemma", t.Entry.Lemma);
            f.Value("frame", FrameName(t.Frame));
            f.Value("pos", t.Entry.IsVerb ? (t.Entry.Tense == Lexicons.VerbTense.Present ? "verb-present" : "verb") : "noun");
            if (t.Anaphoric)
            {
                f.Flag("t-anaphoric");
            }

            if (t.Weak)
            {
                f.Flag("t-weak");
            }

            if (t.Subordinate)
            {
                f.Flag("t-subordinate");
            }

            if (t.Asserted)
            {
                f.Flag("t-asserted");
            }

            if (t.Fired)
            {
                f.Flag("t-fired");
            }
        }

        if (c.Main is { } main)
        {
            f.Value("main-lemma", main.Entry.Lemma);
            f.Value("main", (main.Entry.IsVerb ? "verb" : "noun") + (main.Asserted ? "+asserted" : "-asserted") + (main.Subordinate ? "+sub" : string.Empty) + (main.Anaphoric ? "+ana" : string.Empty));
        }

        if (c.Claim is { } claim)
        {
            if (claim.Killed.Count > 0)
            {
                f.Flag("killed");
            }

            if (claim.Injured.Count > 0)
            {
                f.Flag("injured");
            }

            if (claim.Captured.Count > 0)
            {
                f.Flag("captured");
            }

            if (claim.Displaced.Count > 0)
            {
                f.Flag("displaced");
            }

            if (claim.Denial)
            {
                f.Flag("denial");
            }
        }

        if (c.CountsCrowd)
        {
            f.Flag("crowd");
        }

        f.Value("actor1", c.Actor1 is { } a1 ? KindName(a1.Participant.Kind) : "none");
        f.Value("actor2", c.Actor2 is { } a2 ? KindName(a2.Participant.Kind) : "none");
        if (c.Place is { } place)
        {
            f.Flag(place.Referent is not null ? "place-refers-back" : place.Locative ? "place-locative" : "place");
            f.Value("place-precision", c.Resolved is { } r ? PrecisionName(r.Place.Precision) : "unresolved");
        }

        if (c.Date is { } date)
        {
            f.Flag(date.IsResolved ? "date" : "date-unresolved");
            if (document.Article.Published is { } published && date.End is { } end)
            {
                int days = published.DayNumber - end.DayNumber;
                f.Value("date-age", days < 0 ? "future" : days <= 2 ? "days" : days <= 14 ? "weeks" : days <= 60 ? "months" : "old");
            }
        }

        if (c.Attribution is { } attribution)
        {
            f.Value("attribution", attribution.Kind.ToString());
            f.Value("source", attribution.Source is { } s ? s.Actor.SourceKind.ToString() : "none");
        }

        bool title = c.Sentence < titleSentences;
        int body = c.Sentence - titleSentences;
        f.Value("position", title ? "title" : body switch { 0 => "lead", 1 => "second", <= 4 => "early", _ => "late" });
    }

    /// <summary>The sentence's words, their pairs and their letter sequences, as the families ask.</summary>
    private static void Words(Document document, Sentence sentence, FeatureFamilies families, TypedFeatures f)
    {
        bool words = families.HasFlag(FeatureFamilies.Words), pairs = families.HasFlag(FeatureFamilies.Pairs), letters = families.HasFlag(FeatureFamilies.Letters);
        ReadOnlySpan<char> previous = default;
        bool hasPrevious = false;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            Token token = document.Tokens[t];
            if (!token.IsWord && token.Kind != TokenKind.Number)
            {
                hasPrevious = false;
                continue;
            }

            ReadOnlySpan<char> key = WordKey(document, token);
            if (words)
            {
                FeatureHash w = f.Start("w=");
                w.Add(key);
                f.Into.Add(w);
            }

            if (pairs && hasPrevious)
            {
                FeatureHash b = f.Start("b=");
                b.Add(previous);
                b.Add(' ');
                b.Add(key);
                f.Into.Add(b);
            }

            if (letters && token.IsWord)
            {
                Letters(key, f);
            }

            previous = key;
            hasPrevious = true;
        }
    }

    /// <summary>The letter sequences of three to five letters of a word, its edges marked (<c>&lt;ال</c>, <c>ات&gt;</c>).</summary>
    private static void Letters(ReadOnlySpan<char> key, TypedFeatures f)
    {
        int length = key.Length + 2;
        for (int n = 3; n <= 5; n++)
        {
            FeatureHash kind = f.Start(n == 3 ? "c3=" : n == 4 ? "c4=" : "c5=");
            for (int start = 0; start + n <= length; start++)
            {
                FeatureHash h = kind;
                for (int i = start; i < start + n; i++)
                {
                    h.Add(i == 0 ? '<' : i == length - 1 ? '>' : key[i - 1]);
                }

                f.Into.Add(h);
            }
        }
    }

    /// <summary>The words on each side of the main trigger, by side and distance.</summary>
    private static void Window(Document document, EventCandidate c, TypedFeatures f)
    {
        if (c.Main is not { } main)
        {
            return;
        }

        Sentence sentence = document.Sentences[c.Sentence];
        for (int d = 1; d <= WindowWords; d++)
        {
            Around(document, sentence, main.FirstToken - d, 'L', d, f);
            Around(document, sentence, main.EndToken - 1 + d, 'R', d, f);
        }
    }

    /// <summary>The word at a distance from the main trigger, by side and distance (<c>L1=</c>, <c>R2=</c>).</summary>
    private static void Around(Document document, Sentence sentence, int t, char side, int distance, TypedFeatures f)
    {
        Span<char> position = [side, (char)('0' + distance), '='];
        FeatureHash h = f.Start(position);
        h.Add(t < sentence.FirstToken || t >= sentence.EndToken ? "<edge>" : WordKey(document, document.Tokens[t]));
        f.Into.Add(h);
    }

    /// <summary>The key of a word, or <c>0</c> for any number.</summary>
    private static ReadOnlySpan<char> WordKey(Document document, Token token) =>
        token.Kind == TokenKind.Number ? "0" : document.Normalized.Key.AsSpan(token.Key.Start, token.Key.Length);

    private static string Bucket(int n) => n switch
    {
        -3 => "-3",
        -2 => "-2",
        -1 => "-1",
        0 => "0",
        1 => "1",
        2 => "2",
        3 => "3",
        4 => "4",
        5 => "5",
        6 => "6",
        7 => "7",
        8 => "8",
        _ => "9",
    };

    private static string StatusName(EventStatus status) => status.ToString();

    private static string FrameName(TriggerFrame frame) => frame.ToString();

    private static string KindName(ActorKind? kind) => kind?.ToString() ?? "unknown";

    private static string PrecisionName(LocationPrecision precision) => precision.ToString();
}
