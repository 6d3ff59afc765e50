namespace Mizan.Reconciliation;

/// <summary>Great-circle distance on a spherical Earth.</summary>
public static class GeoDistance
{
    private const double EarthRadiusKilometres = 6371.0088;

    /// <summary>The distance in kilometres between two points given in degrees.</summary>
    public static double Kilometres(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        double phi1 = double.DegreesToRadians(latitude1);
        double phi2 = double.DegreesToRadians(latitude2);
        double dPhi = phi2 - phi1;
        double dLambda = double.DegreesToRadians(longitude2 - longitude1);
        double a = (Math.Sin(dPhi / 2) * Math.Sin(dPhi / 2)) + (Math.Cos(phi1) * Math.Cos(phi2) * Math.Sin(dLambda / 2) * Math.Sin(dLambda / 2));
        return 2 * EarthRadiusKilometres * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
