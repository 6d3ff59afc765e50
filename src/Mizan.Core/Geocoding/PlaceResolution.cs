namespace Mizan.Geocoding;

/// <summary>Which rule chose the place of a mention.</summary>
public enum ResolutionRule
{
    /// <summary>The name has one place.</summary>
    OnlyCandidate,

    /// <summary>A city word before the name (مدينة، بلدة، قرية) or "العاصمة" after it: the town.</summary>
    CityWord,

    /// <summary>A region word before the name (محافظة، ولاية، منطقة، إقليم ...): the region.</summary>
    RegionWord,

    /// <summary>"العاصمة" before a demonym (العاصمة الجزائرية): the capital city.</summary>
    CapitalOfDemonym,

    /// <summary>An agreement, conference or talks named after the place (اتفاق الجزائر، الموقعة في الجزائر): the city where it met.</summary>
    AgreementVenue,

    /// <summary>Only places in the article's most mentioned country among the candidates' countries.</summary>
    ArticleCountry,

    /// <summary>A country over a same-named city or region of that country.</summary>
    CountryOverCity,

    /// <summary>Only places in a first-level region the article mentions.</summary>
    ArticleRegion,

    /// <summary>A town over a same-named region when no word says which.</summary>
    TownOverRegion,

    /// <summary>The most prominent place: capital, regional seat, then population.</summary>
    Prominence,

    /// <summary>A demonym names its country.</summary>
    DemonymCountry,

    /// <summary>A capital or a city of 100,000 over namesakes abroad a fifth its size or less (موسكو is Moscow, not Moscow in Idaho; جنيف is Geneva, not Geneva in Illinois).</summary>
    WorldCity,
}

/// <summary>The place chosen for one mention, with the rule that chose it and a sentence saying why.</summary>
public sealed record PlaceResolution(Place Place, ResolutionRule Rule, string Reason);
