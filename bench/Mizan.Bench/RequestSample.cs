namespace Mizan.Bench;

/// <summary>One request sent by the load test.</summary>
/// <param name="Kind">The kind of filter (<see cref="EventListRequest.Kind"/>).</param>
/// <param name="Milliseconds">From sending the request to the last byte of the body read.</param>
/// <param name="Status">The HTTP status, or 0 when no answer came (refused, timed out).</param>
/// <param name="Bytes">The body's length.</param>
/// <param name="Failure">Why no answer came, or null.</param>
internal sealed record RequestSample(string Kind, double Milliseconds, int Status, long Bytes, string? Failure)
{
    /// <summary>Whether the server answered with a 2xx status.</summary>
    public bool Succeeded => Failure is null && Status is >= 200 and < 300;
}
