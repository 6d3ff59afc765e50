namespace Mizan.IO.Input;

/// <summary>One opened input as a format reader sees it.</summary>
/// <param name="DisplayName">The input as the user named it, for messages.</param>
/// <param name="IdStem">The id of a plain-text article read from it (the file name without extensions).</param>
/// <param name="Lines">The decompressed bytes, line by line.</param>
/// <param name="MaxRecordBytes">The record limit.</param>
internal sealed record InputContext(string DisplayName, string IdStem, Utf8LineReader Lines, int MaxRecordBytes)
{
    public ReadResult Error(long? line, string code, string message) =>
        ReadResult.Failure(DisplayName, line, code, message);

    public ReadResult FailureOf(StreamFailure failure) =>
        ReadResult.Failure(DisplayName, failure.Line, failure.Code, failure.Message);

    public ReadResult TooLarge(long line, string what, long bytes) =>
        Error(line, ReadErrorCodes.RecordTooLarge, $"{what} is {bytes:N0} bytes long, over the limit of {MaxRecordBytes:N0} bytes; skipped");
}
