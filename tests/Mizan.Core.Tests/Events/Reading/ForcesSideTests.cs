using Mizan.Events;
using Mizan.Tests.Support;

namespace Mizan.Tests.Events.Reading;

/// <summary>
/// Soldiers or police counted without their country are the state side of the event: of the
/// report's own state actor, or, when the report names none (a rebel leader's claim), of the
/// event's one state actor once the event's actors are known. A dual (جنديان) counts its own noun.
/// Sentences written for these tests.
/// </summary>
public class ForcesSideTests
{
    [Fact]
    public void Two_soldiers_told_by_a_dual_are_the_state_side()
    {
        Event e = Assert.Single(Engines.ProcessWithRules("قتل الجيش خمسة عشر مسلحا في اشتباكات مع المتمردين شرق البلاد، وأصيب جنديان.").Events, x => x.Type == "ASSAULT");
        Assert.Equal("actor1", ActorRoleOf(e, "StateForces"));
        Claim claim = Assert.Single(e.Claims, c => c.Injured.Count > 0);
        Assert.Equal(["actor1"], claim.Injured.Keys);
        Assert.Equal(new CountRange(2, 2), claim.Injured["actor1"]);
    }

    [Fact]
    public void Soldiers_counted_by_a_report_that_names_no_state_party_are_the_events_state_actor()
    {
        const string text = "هاجم مسلحون من جماعة الرايات السود دورية للجيش قرب بلدة العين الحمراء فجر الأحد، واندلعت اشتباكات عنيفة بين الطرفين. "
            + "وقال متحدث باسم الجماعة إن مقاتليها قتلوا سبعة جنود.";
        Event e = Assert.Single(Engines.ProcessWithRules(text, new DateOnly(2018, 6, 4)).Events, x => x.Type == "ASSAULT");
        string? state = ActorRoleOf(e, "StateForces");
        Assert.NotNull(state);
        Claim claim = Assert.Single(e.Claims, c => c.Killed.Count > 0);
        Assert.Equal([state], claim.Killed.Keys);
        Assert.Equal(new CountRange(7, 7), claim.Killed[state]);
    }

    [Fact]
    public void Soldiers_of_an_event_with_no_state_actor_are_the_total()
    {
        Event e = Assert.Single(Engines.ProcessWithRules("قال قيادي في الجماعة إن مقاتليها قتلوا عشرة جنود في هجوم على حاجز.").Events, x => x.Type == "ASSAULT");
        Assert.DoesNotContain(e.Actors, a => a.Kind == ActorKind.StateForces);
        Claim claim = Assert.Single(e.Claims, c => c.Killed.Count > 0);
        Assert.Equal(["total"], claim.Killed.Keys);
    }

    private static string? ActorRoleOf(Event e, string kind) =>
        e.Actors.FirstOrDefault(a => a.Kind.ToString() == kind)?.Role;
}
