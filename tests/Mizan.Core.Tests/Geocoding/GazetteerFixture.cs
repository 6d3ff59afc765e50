using Mizan.Geocoding;
using Mizan.Languages.Arabic;

namespace Mizan.Tests.Geocoding;

/// <summary>The embedded gazetteer, loaded once for a test class.</summary>
public sealed class GazetteerFixture
{
    public Gazetteer Gazetteer { get; } = Gazetteer.LoadEmbedded(ArabicLanguagePack.Instance);
}
