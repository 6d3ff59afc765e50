using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Mizan.Pipeline;

namespace Mizan.IO.Input;

/// <summary>One item read from the inputs: an article, or the error that replaced it.</summary>
public sealed record ReadResult
{
    private ReadResult(string file, long? line, Article? article, ReadError? error)
    {
        File = file;
        Line = line;
        Article = article;
        Error = error;
    }

    /// <summary>The input as the user named it (a path, or <c>&lt;stdin&gt;</c>).</summary>
    public string File { get; }

    /// <summary>The 1-based line where the article or the problem starts, when known.</summary>
    public long? Line { get; }

    /// <summary>The article, when reading succeeded.</summary>
    public Article? Article { get; }

    /// <summary>The problem, when reading failed.</summary>
    public ReadError? Error { get; }

    /// <summary>
    /// Problems that did not stop the article from being read (a publication date that is not a
    /// date: the article is read with its date unknown). Empty for most articles and for errors.
    /// </summary>
    public ImmutableArray<ReadError> Warnings { get; private init; } = [];

    /// <summary>True when <see cref="Article"/> is set, false when <see cref="Error"/> is.</summary>
    [MemberNotNullWhen(true, nameof(Article))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsArticle => Article is not null;

    /// <summary>Where the item is: <c>FILE:LINE</c>, or <c>FILE</c> alone.</summary>
    public string Location => Line is { } line ? $"{File}:{line}" : File;

    /// <summary>An article read from <paramref name="file"/> at <paramref name="line"/>.</summary>
    public static ReadResult Success(Article article, string file, long line)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(file);
        return new ReadResult(file, line, article, null);
    }

    /// <summary>An article read with problems that did not stop it (see <see cref="Warnings"/>).</summary>
    public static ReadResult Success(Article article, string file, long line, ImmutableArray<ReadError> warnings) =>
        Success(article, file, line) with { Warnings = warnings.IsDefault ? [] : warnings };

    /// <summary>An error in place of an article.</summary>
    public static ReadResult Failure(ReadError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new ReadResult(error.File, error.Line, null, error);
    }

    /// <summary>An error in place of an article.</summary>
    public static ReadResult Failure(string file, long? line, string code, string message) =>
        Failure(new ReadError(file, line, code, message));
}
