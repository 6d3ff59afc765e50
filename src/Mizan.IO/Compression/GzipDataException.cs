namespace Mizan.IO.Compression;

/// <summary>Gzip data that ends early or is damaged.</summary>
public sealed class GzipDataException : IOException
{
    public GzipDataException()
    {
    }

    public GzipDataException(string message)
        : base(message)
    {
    }

    public GzipDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when the data ends before the end of a member (a cut or partial file).</summary>
    public bool IsTruncated { get; init; }
}
