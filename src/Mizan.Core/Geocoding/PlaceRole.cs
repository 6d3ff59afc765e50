namespace Mizan.Geocoding;

/// <summary>
/// What a place name stands for when it is not where something happens
/// (<c>data/ar/place-roles.tsv</c>). A mention with a role other than <see cref="Location"/>
/// is never an event's place.
/// </summary>
public enum PlaceRole : byte
{
    /// <summary>A place, possibly where an event happens.</summary>
    Location,

    /// <summary>A state that backs, arms or leads someone: المدعومة من إيران، الموالية لإيران.</summary>
    Affiliation,

    /// <summary>Where a source sits: المرصد ومقره لندن; an envoy's post: سفير السعودية في الولايات المتحدة، سفيرها لدى تل أبيب.</summary>
    Seat,

    /// <summary>Where something was said: قال في جنيف إن ...</summary>
    Venue,

    /// <summary>A capital or country standing for its government: موسكو تصر، طهران ترفض.</summary>
    Government,

    /// <summary>
    /// The country on the other side of a border or fence: قرب السياج الحدودي مع إسرائيل، السياج الفاصل بين غزة وإسرائيل
    /// (the event is on this side).
    /// </summary>
    Border,

    /// <summary>The dateline at the start of an article: بغداد - ...، دبي، الإمارات (CNN) – ...</summary>
    Dateline,

    /// <summary>What something is about, not where it happens: احتجاجا على نقل السفارة الأمريكية إلى القدس، الاعتراف بالقدس.</summary>
    Topic,

    /// <summary>Where something was launched or came from, not where it struck: طائرة مسيرة انطلقت من سوريا.</summary>
    Origin,

    /// <summary>A person's name that is also a place's: شاب يدعى عمران (Imran, not Amran in Yemen).</summary>
    Person,

    /// <summary>A fixed phrase that holds a place's name as an ordinary word: مسقط رأسه is "his birthplace", not Muscat.</summary>
    Idiom,

    /// <summary>
    /// A state that strikes, right before or after its verb of attack: شنت إسرائيل غارات، تركيا تقصف مواقع (its armed
    /// forces are the attacker; the strike is where its targets are).
    /// </summary>
    Attacker,
}
