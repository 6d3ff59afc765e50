using Mizan.IO.Compression;

namespace Mizan.IO.Input;

/// <summary>
/// Reads articles from files, folders and standard input, as a stream of
/// <see cref="ReadResult"/>s in input order: an article, or an error naming the file and line
/// that replaces it. One bad file, line or record never stops the others. Memory stays
/// bounded whatever the input size: files are read line by line and a record over
/// <see cref="ArticleReaderOptions.MaxRecordBytes"/> is skipped.
/// </summary>
/// <remarks>
/// Paths: a file is read in the format that <see cref="InputFormatDetector"/> decides (or the
/// one in <see cref="ArticleReaderOptions.Format"/>), gzip-compressed or not (decided by the
/// magic bytes 1f 8b); a folder is read recursively, files in ordinal order of their paths,
/// skipping hidden files and folders (names starting with a dot) and files whose extension
/// names no input format; <c>-</c> is standard input.
/// </remarks>
public sealed class ArticleReader
{
    /// <summary>The name of standard input in messages.</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>The path that means standard input.</summary>
    public const string StandardInputPath = "-";

    /// <summary>The id of a plain-text article read from standard input.</summary>
    public const string StandardInputId = "stdin";

    private readonly ArticleReaderOptions _options;

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LittleEndianMark => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianMark => [0xFE, 0xFF];

    private static ReadOnlySpan<byte> Utf32BigEndianMark => [0x00, 0x00, 0xFE, 0xFF];

    public ArticleReader(ArticleReaderOptions? options = null)
    {
        _options = options ?? new ArticleReaderOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxRecordBytes, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(_options.MaxRecordBytes, ArticleReaderOptions.MaxAllowedRecordBytes, nameof(options));
    }

    /// <summary>Reads every path in order.</summary>
    public IEnumerable<ReadResult> Read(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (string path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IEnumerable<ReadResult> results;
            if (path == StandardInputPath)
            {
                results = ReadStandardInput();
            }
            else if (Directory.Exists(path))
            {
                results = ReadFolder(path, cancellationToken);
            }
            else if (File.Exists(path))
            {
                results = ReadFile(path);
            }
            else
            {
                results = [ReadResult.Failure(path, null, ReadErrorCodes.FileNotFound, "no such file or folder")];
            }

            foreach (ReadResult result in results)
            {
                yield return result;
            }
        }
    }

    /// <summary>Reads one file (opened when enumeration starts).</summary>
    public IEnumerable<ReadResult> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadOpened(() => OpenFile(path), path, path);
    }

    /// <summary>Reads standard input (see <see cref="ArticleReaderOptions.OpenStandardInput"/>).</summary>
    public IEnumerable<ReadResult> ReadStandardInput() =>
        ReadOpened(OpenStandardInput, StandardInputName, null);

    private IEnumerable<ReadResult> ReadOpened(Func<(Stream? Stream, ReadResult? Error)> open, string displayName, string? fileName)
    {
        (Stream? stream, ReadResult? error) = open();
        if (stream is null)
        {
            yield return error!;
            yield break;
        }

        foreach (ReadResult result in ReadStream(stream, displayName, fileName))
        {
            yield return result;
        }
    }

    private static (Stream? Stream, ReadResult? Error) OpenFile(string path)
    {
        try
        {
            return (new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan), null);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, ReadResult.Failure(path, null, ReadErrorCodes.FileNotFound, "no such file or folder"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return (null, ReadResult.Failure(path, null, ReadErrorCodes.FileUnreadable, $"cannot open the file: {ex.Message}"));
        }
    }

    private (Stream? Stream, ReadResult? Error) OpenStandardInput()
    {
        try
        {
            return (_options.OpenStandardInput(), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return (null, ReadResult.Failure(StandardInputName, null, ReadErrorCodes.FileUnreadable, $"cannot open standard input: {ex.Message}"));
        }
    }

    /// <summary>
    /// Reads one stream, disposed when the enumeration ends. <paramref name="fileName"/>
    /// (may be null) gives the extension hint and the id of a plain-text article.
    /// </summary>
    public IEnumerable<ReadResult> ReadStream(Stream stream, string displayName, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(displayName);
        string idStem = fileName is null ? StandardInputId : InputFormatDetector.IdFromFileName(fileName);
        using Utf8LineReader? lines = Open(stream, out ReadError? openError);
        if (lines is null)
        {
            yield return ReadResult.Failure(openError! with { File = displayName });
            yield break;
        }

        var input = new InputContext(displayName, idStem, lines, _options.MaxRecordBytes);
        InputFormat format = Prepare(input, fileName, out ReadResult? problem);
        if (problem is not null)
        {
            yield return problem;
            yield break;
        }

        IEnumerable<ReadResult> results = format switch
        {
            InputFormat.JsonLines => JsonLinesFormat.Read(input),
            InputFormat.Trec => TrecFormat.Read(input),
            _ => PlainTextFormat.Read(input),
        };
        foreach (ReadResult result in results)
        {
            yield return result;
        }
    }

    private IEnumerable<ReadResult> ReadFolder(string folder, CancellationToken cancellationToken)
    {
        List<string> files = ListFolder(folder, out List<ReadResult> errors);
        foreach (ReadResult error in errors)
        {
            yield return error;
        }

        if (files.Count == 0 && errors.Count == 0)
        {
            yield return ReadResult.Failure(folder, null, ReadErrorCodes.EmptyFolder, "the folder holds no input files (*.txt, *.jsonl, *.ndjson, *.trec, each optionally .gz)");
        }

        foreach (string file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (ReadResult result in ReadFile(file))
            {
                yield return result;
            }
        }
    }

    /// <summary>The input files under a folder, recursively, in ordinal order of their paths.</summary>
    private static List<string> ListFolder(string folder, out List<ReadResult> errors)
    {
        var files = new List<string>();
        errors = [];
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            string directory = pending.Pop();
            try
            {
                foreach (FileSystemInfo entry in new DirectoryInfo(directory).EnumerateFileSystemInfos())
                {
                    if (entry.Name.StartsWith('.') || (entry.Attributes & (FileAttributes.Hidden | FileAttributes.System)) != 0)
                    {
                        continue;
                    }

                    string path = Path.Join(directory, entry.Name);
                    if (entry is DirectoryInfo)
                    {
                        // Linked folders are not followed: they could loop.
                        if ((entry.Attributes & FileAttributes.ReparsePoint) == 0)
                        {
                            pending.Push(path);
                        }
                    }
                    else if (InputFormatDetector.IsInputFileName(entry.Name))
                    {
                        files.Add(path);
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                errors.Add(ReadResult.Failure(directory, null, ReadErrorCodes.FileUnreadable, $"cannot list the folder: {ex.Message}"));
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>Sniffs gzip, or returns null with the error when even the first bytes cannot be read.</summary>
    private Utf8LineReader? Open(Stream stream, out ReadError? error)
    {
        error = null;
        var prefix = new byte[2];
        int count = 0;
        try
        {
            while (count < prefix.Length)
            {
                int read = stream.Read(prefix, count, prefix.Length - count);
                if (read <= 0)
                {
                    break;
                }

                count += read;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            stream.Dispose();
            error = new ReadError(string.Empty, null, ReadErrorCodes.FileUnreadable, $"cannot read: {ex.Message}");
            return null;
        }

        Stream content = new PrefixedStream(prefix, count, stream);
        if (GzipDecompressionStream.HasGzipMagic(prefix.AsSpan(0, count)))
        {
            content = new GzipDecompressionStream(content);
        }

        return new Utf8LineReader(content, _options.MaxRecordBytes);
    }

    /// <summary>Drops a UTF-8 byte order mark, rejects empty and non-UTF-8 inputs, and decides the format.</summary>
    private InputFormat Prepare(InputContext input, string? fileName, out ReadResult? problem)
    {
        problem = null;
        Utf8LineReader lines = input.Lines;
        ReadOnlySpan<byte> start = lines.Peek(4);
        if (start.StartsWith(Utf8ByteOrderMark))
        {
            lines.Skip(3);
        }
        else if (start.StartsWith(Utf16LittleEndianMark) || start.StartsWith(Utf16BigEndianMark) || start.StartsWith(Utf32BigEndianMark))
        {
            problem = input.Error(null, ReadErrorCodes.UnsupportedEncoding, "the input is UTF-16 or UTF-32 (it starts with such a byte order mark); Mizan reads UTF-8");
            return InputFormat.Auto;
        }

        start = lines.Peek(InputFormatDetector.SniffLength);
        if (start.IsEmpty)
        {
            problem = lines.Failure is { } failure
                ? input.FailureOf(failure)
                : input.Error(null, ReadErrorCodes.EmptyInput, input.DisplayName == StandardInputName ? "standard input is empty" : "the file is empty");
            return InputFormat.Auto;
        }

        return _options.Format != InputFormat.Auto ? _options.Format : InputFormatDetector.Detect(fileName, start);
    }
}
