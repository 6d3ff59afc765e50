namespace Mizan.Languages;

/// <summary>The roles of <c>data/&lt;code&gt;/small-words.tsv</c>: which recogniser compares a word, and why.</summary>
public enum WordRole
{
    /// <summary>A mark after which a trigger's sentence context starts a new clause.</summary>
    ClauseMark,

    /// <summary>A mark before a trigger noun after which the noun opens its clause and states the event.</summary>
    TriggerClauseMark,

    /// <summary>A mark after which a speech verb opens a clause.</summary>
    SpeechClauseMark,

    /// <summary>A word that may stand between a speech verb and its source (Arabic عن، أمس، أيضا).</summary>
    SpeechGlue,

    /// <summary>The preposition of a host country after a title (Arabic سفير الجزائر لدى مالي).</summary>
    Host,

    /// <summary>A preposition that may stand before a government named by its country (Arabic لدى، في).</summary>
    GovernmentPreposition,

    /// <summary>The word a title ends with when it speaks on behalf of someone named after it (Arabic باسم).</summary>
    SpeaksFor,

    /// <summary>A preposition after a title that names the body its holder belongs to (Arabic قيادي في الحركة، مسؤول في وزارة الدفاع).</summary>
    MemberOf,

    /// <summary>The language's own comma, which separates the words around a place name.</summary>
    Comma,

    /// <summary>A word right before a place name that makes it a town (Arabic مدينة، بلدة).</summary>
    CityWord,

    /// <summary>A word right before a place name that makes it a region or district (Arabic محافظة، ولاية).</summary>
    RegionWord,

    /// <summary>A word shortly before a place name that names an agreement or meeting after it (Arabic اتفاق، مؤتمر).</summary>
    AgreementWord,

    /// <summary>A word right before a country's adjective that means its capital (Arabic العاصمة).</summary>
    CapitalWord,

    /// <summary>A word right after a place name that makes it a capital city (Arabic العاصمة).</summary>
    CapitalAfter,
}
