using Mizan.Evaluation;
using Mizan.Events;
using Mizan.Pipeline;
using Mizan.Tests.Support;

namespace Mizan.Tests.Golden;

/// <summary>
/// The founding article (shared/seed) against its gold (shared/eval/articles): every hard case
/// of the article must come out right.
/// </summary>
public class FoundingArticleTests
{
    private static readonly Lazy<Document> Undated = new(() => Engines.Process(SharedData.SeedText));
    private static readonly Lazy<Document> Dated = new(() => Engines.Process(SharedData.SeedText, new DateOnly(2008, 6, 9)));
    private static readonly Lazy<GoldArticle> Gold = new(() =>
        GoldArticle.Parse(File.ReadAllText(SharedData.PathOf("eval/articles/000_8a5884cea243e787.gold.json"))));

    private static ArticleResult Score(Document doc) => ArticleEvaluation.ScoreArticle(Gold.Value, doc);

    private static Event Matched(Document doc, string goldId) =>
        Score(doc).Predictions.Single(p => p.GoldId == goldId && p.Outcome == PredictionOutcome.Matched).Event;

    [Fact]
    public void The_six_required_events_are_found_with_their_types_and_statuses()
    {
        ArticleResult result = Score(Undated.Value);
        Assert.Empty(result.Missed);
        foreach (string id in new[] { "E1", "E2", "E3", "E4", "E5", "E6" })
        {
            MatchedEvent match = result.Matches.Single(m => m.Gold.Id == id);
            Assert.True(match.StatusCorrect, $"{id}: {match.Predicted.Status} instead of {match.Gold.Status}");
        }

        Assert.Equal(EventStatus.Planned, Matched(Undated.Value, "E5").Status);
    }

    [Fact]
    public void No_incident_is_counted_twice()
    {
        ArticleResult result = Score(Undated.Value);
        Assert.DoesNotContain(result.Predictions, p => p.Outcome == PredictionOutcome.Duplicate);
    }

    [Fact]
    public void The_ministry_claims_twenty_rebels_killed_and_one_soldier_lightly_injured()
    {
        Event convoy = Matched(Undated.Value, "E2");
        var ministry = convoy.Claims.Where(c => c.Source.Kind == SourceKind.Government).ToList();
        Assert.Contains(ministry, c => c.Killed.Values.Any(r => r.Low == 20 && r.High == 20));
        Assert.Contains(ministry, c => c.Injured.Values.Any(r => r.Low == 1 && r.High == 1) && c.Killed.Values.All(r => r.Low == 0));
    }

    [Fact]
    public void Ag_Bahanga_denies_any_rebel_losses_as_a_claim_of_zero()
    {
        Event battle = Matched(Undated.Value, "E1");
        Claim denial = Assert.Single(battle.Claims, c => c.Denial);
        Assert.Equal(SourceKind.ArmedGroup, denial.Source.Kind);
        Assert.All(denial.Killed.Values, r => Assert.Equal(0, r.Low));
        Assert.Contains("نفى", denial.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_thousand_Tuareg_are_displaced_to_Burkina_Faso()
    {
        Event flight = Matched(Undated.Value, "E3");
        Assert.Equal("DISPLACE", flight.Type);
        Assert.Equal("BFA", flight.Location?.Country);
        Assert.Contains(flight.Claims, c => c.Displaced.Values.Any(r => r.Low == 1000));
    }

    [Fact]
    public void The_actors_have_their_kinds()
    {
        Document doc = Undated.Value;
        Assert.Contains(doc.Actors, a => a.Participant.Name.Contains("ATNMC", StringComparison.Ordinal) && a.Participant.Kind == ActorKind.RebelGroup);
        Assert.Contains(doc.Actors, a => a.Participant.Name == "Military Forces of Mali" && a.Participant.Kind == ActorKind.StateForces);
        Assert.Contains(doc.Actors, a => a.Participant.Name == "Government of Algeria" && a.Participant.Kind == ActorKind.Government);
        Assert.Contains(doc.Events.SelectMany(e => e.Actors), a => a.Kind == ActorKind.StateForces && a.Country == "MLI");
    }

    [Fact]
    public void Both_spellings_of_Tin_Zaouatine_and_the_misspelt_Bamako_are_recognised()
    {
        Document doc = Undated.Value;
        var zaouatine = doc.Places.Where(p => doc.Slice(p.Span) is "تين زاوتين" or "تنزاواتين").ToList();
        Assert.Equal(2, zaouatine.Count);
        Assert.Single(zaouatine.SelectMany(p => p.Candidates).Select(c => c.Id).Distinct());
        Assert.Contains(doc.Places, p => doc.Text[doc.Tokens[p.FirstToken].Span.Start..p.Span.End] == "بباماكو" && p.Candidates.Any(c => c.CountryIso3 == "MLI"));
    }

    [Fact]
    public void Every_evidence_span_is_exactly_the_text_it_points_to()
    {
        foreach (Document doc in new[] { Undated.Value, Dated.Value })
        {
            foreach (Event e in doc.Events)
            {
                var quotes = e.Evidence
                    .Concat(e.Claims.Select(c => c.Evidence))
                    .Concat(e.Claims.Where(c => c.Source.Mention is not null).Select(c => c.Source.Mention!))
                    .Concat(e.Actors.Select(a => a.Mention));
                if (e.Location is { } l)
                {
                    quotes = quotes.Append(l.Mention);
                }

                if (e.Date is { } d)
                {
                    quotes = quotes.Append(d.Mention);
                }

                foreach (Evidence q in quotes)
                {
                    Assert.Equal(doc.Text[q.Start..q.End], q.Text);
                }
            }
        }
    }

    [Fact]
    public void With_a_publication_date_the_convoy_attack_and_the_visit_are_dated()
    {
        Event convoy = Matched(Dated.Value, "E2");
        Assert.Equal(new DateOnly(2008, 6, 2), convoy.Date?.Start);
        Assert.Equal(DatePrecision.Day, convoy.Date?.Precision);
        Event visit = Matched(Dated.Value, "E6");
        Assert.Equal(new DateOnly(2008, 6, 3), visit.Date?.Start);
    }

    [Fact]
    public void Without_a_publication_date_no_date_is_invented()
    {
        Assert.All(Undated.Value.Events, e => Assert.Null(e.Date?.Start));
    }

    [Fact]
    public void The_convoy_attack_is_at_Kidal_and_the_diplomacy_in_Algeria()
    {
        Event convoy = Matched(Undated.Value, "E2");
        Assert.Equal("MLI", convoy.Location?.Country);
        Assert.InRange(convoy.Location!.Latitude!.Value, 18.34, 18.54);
        Assert.InRange(convoy.Location.Longitude!.Value, 1.31, 1.51);
        Assert.Equal(LocationPrecision.Region, convoy.Location.Precision); // في منطقة كيدال: the region
        foreach (string id in new[] { "E4", "E5", "E6" })
        {
            Assert.Equal("DZA", Matched(Undated.Value, id).Location?.Country);
        }
    }

    [Fact]
    public void The_rebels_attacked_the_army_convoy_a_battle_in_which_twenty_rebels_and_no_soldier_died()
    {
        Event convoy = Matched(Undated.Value, "E2");
        MatchedEvent match = Score(Undated.Value).Matches.Single(m => m.Gold.Id == "E2");
        Assert.Equal(match.Actors, match.ActorsFound);
        Assert.Equal(ActorKind.RebelGroup, Assert.Single(convoy.Actors, a => a.Role == "actor1").Kind);
        Assert.Equal(ActorKind.StateForces, Assert.Single(convoy.Actors, a => a.Role == "actor2").Kind);
        Assert.Equal(new AcledType("Battles", "Armed clash"), convoy.Acled);
        Assert.Equal(new FatalityEstimate(20, 20, 20), convoy.Fatalities);
    }
}
