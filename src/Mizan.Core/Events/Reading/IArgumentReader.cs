namespace Mizan.Events.Reading;

/// <summary>
/// Reads one kind of argument of a candidate from its sentence (actors, place, date, figures,
/// crowd) and sets it on the candidate. The candidate reader runs its readers in order: a later
/// one may use what an earlier one set (the figures' sides use the actors).
/// </summary>
internal interface IArgumentReader
{
    /// <summary>Reads the argument of <paramref name="candidate"/> from <paramref name="sentence"/>.</summary>
    void Read(EventCandidate candidate, SentenceContext sentence);
}
