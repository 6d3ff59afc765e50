namespace Mizan.IO.Input;

/// <summary>
/// Stable codes of input errors. They appear in brackets at the end of every message
/// (<c>mizan: FILE:LINE: message [code]</c>) and never change meaning once published.
/// </summary>
public static class ReadErrorCodes
{
    /// <summary>The path names no file or folder.</summary>
    public const string FileNotFound = "file-not-found";

    /// <summary>The file or folder exists but cannot be opened or listed (permissions, I/O error).</summary>
    public const string FileUnreadable = "file-unreadable";

    /// <summary>Reading failed part-way through (I/O error).</summary>
    public const string ReadFailed = "read-failed";

    /// <summary>A folder holds no input files.</summary>
    public const string EmptyFolder = "empty-folder";

    /// <summary>The file or standard input holds no bytes (or only a byte order mark or whitespace).</summary>
    public const string EmptyInput = "empty-input";

    /// <summary>The input is not UTF-8 (a UTF-16 or UTF-32 byte order mark).</summary>
    public const string UnsupportedEncoding = "unsupported-encoding";

    /// <summary>A line holds bytes that are not valid UTF-8.</summary>
    public const string InvalidUtf8 = "invalid-utf8";

    /// <summary>A line, record or text is longer than the configured limit.</summary>
    public const string RecordTooLarge = "record-too-large";

    /// <summary>The gzip data ends before its end marker and checksum (a cut or partial file).</summary>
    public const string GzipTruncated = "gzip-truncated";

    /// <summary>The gzip data is damaged (bad header, bad compressed data, checksum mismatch, trailing data).</summary>
    public const string GzipCorrupt = "gzip-corrupt";

    /// <summary>A JSON Lines line is not valid JSON.</summary>
    public const string JsonMalformed = "json-malformed";

    /// <summary>A JSON Lines line is valid JSON but not an object.</summary>
    public const string JsonNotObject = "json-not-object";

    /// <summary>A JSON Lines object lacks <c>id</c> or <c>text</c>.</summary>
    public const string JsonMissingField = "json-missing-field";

    /// <summary>A JSON Lines field has the wrong type (e.g. a number where a string is expected).</summary>
    public const string JsonInvalidField = "json-invalid-field";

    /// <summary>
    /// A publication date that is not ISO 8601, RFC 1123 or day-first <c>DD/MM/YYYY</c>: a
    /// warning; the article is read with its date unknown.
    /// </summary>
    public const string InvalidDate = "invalid-date";

    /// <summary>A TREC <c>&lt;DOC&gt;</c> without its closing <c>&lt;/DOC&gt;</c>.</summary>
    public const string TrecUnterminatedDoc = "trec-unterminated-doc";

    /// <summary>A TREC record without <c>&lt;DOCNO&gt;</c>.</summary>
    public const string TrecMissingDocNo = "trec-missing-docno";

    /// <summary>A TREC record without <c>&lt;TEXT&gt;</c>.</summary>
    public const string TrecMissingText = "trec-missing-text";

    /// <summary>A TREC element opened but not closed before <c>&lt;/DOC&gt;</c>.</summary>
    public const string TrecUnterminatedElement = "trec-unterminated-element";

    /// <summary>Text outside any <c>&lt;DOC&gt;</c> record of a TREC file.</summary>
    public const string TrecUnexpectedContent = "trec-unexpected-content";
}
