namespace Mizan.IO.Input;

/// <summary>The formats Mizan reads. Each may be gzip-compressed.</summary>
public enum InputFormat
{
    /// <summary>Decide from the content, with the file extension as a hint.</summary>
    Auto,

    /// <summary>One article per file; the id is the file name.</summary>
    Text,

    /// <summary>One JSON object per line: <c>{"id","text","title"?,"published"?,"source"?,"url"?}</c>.</summary>
    JsonLines,

    /// <summary>TREC-style <c>&lt;DOC&gt;</c> records.</summary>
    Trec,
}
