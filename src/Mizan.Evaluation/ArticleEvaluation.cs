using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Mizan.Events;
using Mizan.Pipeline;
using Mizan.Text;

namespace Mizan.Evaluation;

/// <summary>How one predicted event fared.</summary>
public enum PredictionOutcome
{
    /// <summary>Matched a required gold event for the first time.</summary>
    Matched,

    /// <summary>Matched a background (required: false) gold event: neither counted nor penalised.</summary>
    Background,

    /// <summary>A second prediction of a gold incident already matched: counted twice.</summary>
    Duplicate,

    /// <summary>Matches no gold event.</summary>
    Spurious,

    /// <summary>Of a type the gold file does not annotate: ignored.</summary>
    Ignored,
}

/// <summary>One predicted event and what it matched.</summary>
public sealed record PredictionResult(Event Event, PredictionOutcome Outcome, string? GoldId);

/// <summary>Field checks of a matched gold event.</summary>
public sealed record MatchedEvent(
    GoldEvent Gold,
    Event Predicted,
    bool? StatusCorrect,
    bool? CountryCorrect,
    bool? PlaceCorrect,
    bool? DateCorrect,
    int KilledClaims,
    int KilledClaimsFound,
    int Actors,
    int ActorsFound);

/// <summary>The result of one gold article.</summary>
public sealed record ArticleResult(
    GoldArticle Gold,
    Document Document,
    ImmutableArray<PredictionResult> Predictions,
    ImmutableArray<MatchedEvent> Matches,
    ImmutableArray<GoldEvent> Missed);

/// <summary>Totals over the gold articles.</summary>
public sealed record ArticleReport(
    ImmutableArray<ArticleResult> Articles,
    BinaryScore Events,
    int Duplicates,
    Accuracy Status,
    Accuracy Country,
    Accuracy Place,
    Accuracy Date,
    Accuracy Killed,
    Accuracy Actors);

/// <summary>
/// Scores whole-article extraction against hand-written gold events
/// (see <c>shared/eval/README.md</c>): matching by type and overlapping evidence.
/// </summary>
public static class ArticleEvaluation
{
    /// <summary>Scores one article.</summary>
    public static ArticleResult ScoreArticle(GoldArticle gold, Document document)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(document);
        string text = document.Text;
        var goldSpans = gold.Events.ToDictionary(
            e => e.Id,
            e => e.Evidence.Concat(e.Claims.Select(c => c.Evidence)).SelectMany(q => Occurrences(text, q)).ToList());
        var matchedGold = new Dictionary<string, Event>(StringComparer.Ordinal);
        var predictions = ImmutableArray.CreateBuilder<PredictionResult>();
        ImmutableHashSet<string> annotated = gold.AnnotatedTypes;
        foreach (Event predicted in document.Events)
        {
            if (!annotated.Contains(predicted.Type))
            {
                predictions.Add(new PredictionResult(predicted, PredictionOutcome.Ignored, null));
                continue;
            }

            var spans = predicted.Evidence.Select(e => e.Span).ToList();
            // Gold events of the type whose quotes the prediction's evidence overlaps, most overlapped first.
            var candidates = gold.Events
                .Where(g => g.Type == predicted.Type && goldSpans[g.Id].Any(gs => spans.Any(ps => ps.Overlaps(gs))))
                .OrderByDescending(g => goldSpans[g.Id].Sum(gs => spans.Sum(ps => Overlap(gs, ps))))
                .ToList();
            GoldEvent? free = candidates.FirstOrDefault(g => g.Required && !matchedGold.ContainsKey(g.Id))
                ?? candidates.FirstOrDefault(g => !g.Required && !matchedGold.ContainsKey(g.Id));
            if (free is not null)
            {
                matchedGold[free.Id] = predicted;
                predictions.Add(new PredictionResult(predicted, free.Required ? PredictionOutcome.Matched : PredictionOutcome.Background, free.Id));
            }
            else if (candidates.Count > 0 && candidates.All(g => !g.Required))
            {
                predictions.Add(new PredictionResult(predicted, PredictionOutcome.Background, candidates[0].Id));
            }
            else if (candidates.Count > 0)
            {
                predictions.Add(new PredictionResult(predicted, PredictionOutcome.Duplicate, candidates[0].Id));
            }
            else
            {
                predictions.Add(new PredictionResult(predicted, PredictionOutcome.Spurious, null));
            }
        }

        var matches = ImmutableArray.CreateBuilder<MatchedEvent>();
        foreach (GoldEvent g in gold.Events)
        {
            if (g.Required && matchedGold.TryGetValue(g.Id, out Event? p))
            {
                matches.Add(CheckFields(g, p, gold.Published is not null));
            }
        }

        return new ArticleResult(
            gold,
            document,
            predictions.ToImmutable(),
            matches.ToImmutable(),
            [.. gold.Events.Where(g => g.Required && !matchedGold.ContainsKey(g.Id))]);
    }

    /// <summary>Totals over articles.</summary>
    public static ArticleReport Summarize(IEnumerable<ArticleResult> results)
    {
        var list = results.ToImmutableArray();
        int tp = list.Sum(a => a.Predictions.Count(p => p.Outcome == PredictionOutcome.Matched));
        int fp = list.Sum(a => a.Predictions.Count(p => p.Outcome is PredictionOutcome.Spurious or PredictionOutcome.Duplicate));
        int fn = list.Sum(a => a.Missed.Length);
        int duplicates = list.Sum(a => a.Predictions.Count(p => p.Outcome == PredictionOutcome.Duplicate));
        var matches = list.SelectMany(a => a.Matches).ToList();
        static Accuracy Share(IEnumerable<bool?> values)
        {
            var scored = values.Where(v => v is not null).ToList();
            return new Accuracy(scored.Count(v => v == true), scored.Count);
        }

        return new ArticleReport(
            list,
            new BinaryScore(tp, fp, fn),
            duplicates,
            Share(matches.Select(m => m.StatusCorrect)),
            Share(matches.Select(m => m.CountryCorrect)),
            Share(matches.Select(m => m.PlaceCorrect)),
            Share(matches.Select(m => m.DateCorrect)),
            new Accuracy(matches.Sum(m => m.KilledClaimsFound), matches.Sum(m => m.KilledClaims)),
            new Accuracy(matches.Sum(m => m.ActorsFound), matches.Sum(m => m.Actors)));
    }

    private static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    /// <summary>Every occurrence of a quote in the text, as spans.</summary>
    public static IEnumerable<TextSpan> Occurrences(string text, string quote)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrEmpty(quote))
        {
            yield break;
        }

        int at = 0;
        while ((at = text.IndexOf(quote, at, StringComparison.Ordinal)) >= 0)
        {
            yield return new TextSpan(at, at + quote.Length);
            at += 1;
        }
    }

    /// <summary>Whether two English place names denote the same place, leniently (case, accents, articles).</summary>
    public static bool SamePlaceName(string a, string b)
    {
        string x = PlaceKey(a), y = PlaceKey(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }

        if (x == y || (Math.Min(x.Length, y.Length) >= 4 && (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal))))
        {
            return true;
        }

        // Transliterations differ in their vowels (Dūmā, Douma): compare the consonants.
        string cx = Consonants(x), cy = Consonants(y);
        return cx.Length >= 2 && cx == cy;
    }

    private static string Consonants(string key) => string.Concat(key.Where(c => c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'h')));

    private static MatchedEvent CheckFields(GoldEvent gold, Event predicted, bool datesScored)
    {
        bool? status = string.Equals(gold.Status, predicted.Status.ToString(), StringComparison.OrdinalIgnoreCase);
        bool? country = gold.Location?.Country is { } c ? string.Equals(c, predicted.Location?.Country, StringComparison.Ordinal) : null;
        bool? place = gold.Location is { } l && l.Name.Length > 0
            ? predicted.Location is { } pl && SamePlaceName(l.Name, pl.Name)
            : null;
        bool? date = datesScored && gold.Date is { } d
            ? predicted.Date is { Start: { } s, End: { } e } && s == d.Start && e == d.End
            : null;
        int killedClaims = 0, found = 0;
        foreach (GoldClaim claim in gold.Claims.Where(c => c.Killed.Count > 0))
        {
            killedClaims++;
            bool hit = predicted.Claims.Any(pc =>
                SameSourceKind(claim.SourceKind, pc.Source.Kind)
                && pc.Killed.Values.Any(r => claim.Killed.Values.Any(g => g.Contains(r.Low) || (r.High is { } h && g.Contains(h)))));
            if (hit)
            {
                found++;
            }
        }

        int actors = 0, actorsFound = 0;
        foreach ((string role, GoldActor? actor) in new[] { ("actor1", gold.Actor1), ("actor2", gold.Actor2) })
        {
            if (actor is null || actor.Kind.Length == 0)
            {
                continue;
            }

            actors++;
            if (predicted.Actors.Any(a => a.Role == role && SameActorKind(actor.Kind, a.Kind)))
            {
                actorsFound++;
            }
        }

        return new MatchedEvent(gold, predicted, status, country, place, date, killedClaims, found, actors, actorsFound);
    }

    /// <summary>Whether a predicted actor kind is the gold's (<c>external_forces</c> and <c>state_forces</c> count as one).</summary>
    public static bool SameActorKind(string gold, ActorKind predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        static string Fold(string k) => k is "external_forces" ? "state_forces" : k;
        return Fold(gold) == Fold(SnakeCase(predicted.ToString()));
    }

    private static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }

    private static bool SameSourceKind(string gold, SourceKind predicted)
    {
        if (gold == "unattributed")
        {
            return true;
        }

        string p = predicted switch
        {
            SourceKind.ArmedGroup => "armed_group",
            _ => predicted.ToString().ToLowerInvariant(),
        };
        static string Fold(string k) => k is "government" or "military" ? "state" : k;
        return Fold(gold) == Fold(p);
    }

    // The letters with marks of transliterated place names and their base letters. The process
    // runs with invariant globalisation, where string.Normalize does not decompose them.
    private const string MarkedLetters = "āáàâäãåăąēéèêëěėęīíìîïıōóòôöõőūúùûüůűḩḥħṣşšśṭţťḍďẓžźżçćčñńňğġķļłŕřýÿ";
    private const string BaseLetters = "aaaaaaaaaeeeeeeeeiiiiiiooooooouuuuuuuhhhsssstttddzzzzcccnnnggkllrryy";

    private static char BaseLetter(char c)
    {
        int at = c < 0x80 ? -1 : MarkedLetters.IndexOf(c, StringComparison.Ordinal);
        return at < 0 ? c : BaseLetters[at];
    }

    private static string PlaceKey(string name)
    {
        var sb = new StringBuilder();
        foreach (char ch in name)
        {
            if (char.IsLetterOrDigit(ch) && CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(BaseLetter(char.ToLowerInvariant(ch)));
            }
            else if (ch is ' ' or '-' or '\'')
            {
                sb.Append(' ');
            }
        }

        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("al" or "el" or "as" or "ad" or "ar" or "an" or "at" or "az" or "ash" or "the"))
            .Select(w => w.StartsWith("al", StringComparison.Ordinal) && w.Length > 5 ? w[2..] : w);
        return string.Concat(words);
    }
}
