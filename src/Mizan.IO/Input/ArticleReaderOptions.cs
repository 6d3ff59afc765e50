namespace Mizan.IO.Input;

/// <summary>Settings of an <see cref="ArticleReader"/>.</summary>
public sealed record ArticleReaderOptions
{
    /// <summary>The default limit of one record: 4 MiB.</summary>
    public const int DefaultMaxRecordBytes = 4 * 1024 * 1024;

    /// <summary>The highest limit that may be set: 1 GiB.</summary>
    public const int MaxAllowedRecordBytes = 1 << 30;

    /// <summary>
    /// The largest line, JSON record, TREC record or plain-text file accepted, in bytes of
    /// (decompressed) UTF-8. A larger one becomes a <see cref="ReadErrorCodes.RecordTooLarge"/>
    /// error and reading goes on with the next. This bounds the memory a reader uses.
    /// </summary>
    public int MaxRecordBytes { get; init; } = DefaultMaxRecordBytes;

    /// <summary>The format of every input, or <see cref="InputFormat.Auto"/> to detect it per input.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>Opens standard input, read when a path is <c>-</c>. Defaults to the process's standard input.</summary>
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;
}
