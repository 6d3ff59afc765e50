using Mizan.Evaluation;
using Mizan.Events;

namespace Mizan.Tests.Evaluation;

public sealed class ActorMetricTests
{
    [Theory]
    [InlineData("state_forces", ActorKind.StateForces, true)]
    [InlineData("external_forces", ActorKind.StateForces, true)]
    [InlineData("state_forces", ActorKind.ExternalForces, true)]
    [InlineData("rebel_group", ActorKind.RebelGroup, true)]
    [InlineData("unidentified_armed_group", ActorKind.UnidentifiedArmedGroup, true)]
    [InlineData("civilians", ActorKind.Protesters, false)]
    [InlineData("rebel_group", ActorKind.StateForces, false)]
    public void Kinds_compare_as_the_metric_says(string gold, ActorKind predicted, bool same) =>
        Assert.Equal(same, ArticleEvaluation.SameActorKind(gold, predicted));
}
