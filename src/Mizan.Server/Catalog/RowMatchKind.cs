namespace Mizan.Server.Catalog;

/// <summary>The filters whose selections <see cref="RowMatchCache"/> remembers.</summary>
internal enum RowMatchKind
{
    /// <summary>Words of the articles (<c>q</c>), found by the store's full-text index.</summary>
    Words,

    /// <summary>An actor's name or Arabic mention (<c>actor</c>).</summary>
    Actor,
}
