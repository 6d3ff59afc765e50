namespace Mizan.Events;

/// <summary>Which side of a conflict an actor kind stands on, for matching victims to event actors.</summary>
public enum ActorCamp : byte
{
    None,
    State,
    NonStateArmed,
    Civilian,
}

/// <summary>Camps of actor kinds.</summary>
public static class ActorCamps
{
    public static ActorCamp Of(ActorKind? kind) => kind switch
    {
        ActorKind.StateForces or ActorKind.Government or ActorKind.ExternalForces => ActorCamp.State,
        ActorKind.RebelGroup or ActorKind.PoliticalMilitia or ActorKind.IdentityMilitia or ActorKind.UnidentifiedArmedGroup => ActorCamp.NonStateArmed,
        ActorKind.Civilians or ActorKind.Protesters or ActorKind.Rioters => ActorCamp.Civilian,
        _ => ActorCamp.None,
    };

    /// <summary>Whether two kinds are on opposite armed sides (state against non-state).</summary>
    public static bool Opposed(ActorKind? a, ActorKind? b)
    {
        ActorCamp x = Of(a), y = Of(b);
        return (x == ActorCamp.State && y == ActorCamp.NonStateArmed) || (x == ActorCamp.NonStateArmed && y == ActorCamp.State);
    }
}
