using System.Collections.Immutable;
using Mizan.Text;

namespace Mizan.Geocoding;

/// <summary>
/// A place name found in the text with every gazetteer entry it may denote, and the words
/// before it that say how it is used (في، قرب، شمال، مدينة...).
/// </summary>
/// <param name="Span">Original span of the name (proclitics left out: بالجزائر gives الجزائر).</param>
/// <param name="FirstToken">First token of the name.</param>
/// <param name="EndToken">Token after the name.</param>
/// <param name="Candidates">Gazetteer entries with this name.</param>
/// <param name="Locative">Whether a preposition or place noun introduces it (في، ب، منطقة، مدينة).</param>
/// <param name="Relation">A relative phrase before it that lowers the precision (قرب، شمال، على بعد).</param>
/// <param name="RelationStart">First token of the relative phrase, when there is one.</param>
public sealed record PlaceMention(
    TextSpan Span,
    int FirstToken,
    int EndToken,
    ImmutableArray<Place> Candidates,
    bool Locative,
    string? Relation,
    int? RelationStart = null)
{
    /// <summary>
    /// Whether a unit of government stands right before the name, or before the list it closes
    /// (بمحافظة صعدة، في محافظات البيضاء وصنعاء وصعدة): the name is that unit, not a town of the same name.
    /// </summary>
    public bool Administrative { get; init; }

    /// <summary>Whether a district word stands right before the name (مديرية باقم، قضاء سنجار): the name is that district.</summary>
    public bool District { get; init; }

    /// <summary>
    /// Whether a noun of place stands right before the name (بلدة المرج، منطقة الرمادة، قرى البستان): the text tells
    /// of a place where its news is, not of a small town of a country it never names.
    /// </summary>
    public bool PlaceNoun { get; init; }

    /// <summary>
    /// Whether the relative phrase before the name tells where something went or came from, with no
    /// word of nearness (انطلقت من كيدال إلى تين زاوتين): the event is somewhere on the way, not near the place.
    /// </summary>
    public bool Directional { get; init; }

    /// <summary>What the name stands for here; anything but <see cref="PlaceRole.Location"/> is never an event's place.</summary>
    public PlaceRole Role { get; init; }

    /// <summary>
    /// Whether the name is more often an ordinary word than a place in news text
    /// (<c>data/geo/name-usage.tsv</c>) and no noun of place or unit of government stands before it
    /// (معسكر a camp, المنشأة a facility, عقبة an obstacle): a small town of another country than the
    /// article's is not what it means, and it casts no vote for its country.
    /// </summary>
    public bool CommonWord { get; init; }

    /// <summary>
    /// The name this mention refers back to, when it is a definite noun of place and not a name
    /// (وشهدت المدينة اشتباكات: the town named before; <c>data/ar/place-anaphora.tsv</c>); null for a name.
    /// </summary>
    public PlaceMention? Referent { get; init; }
}
