namespace Mizan.IO.Input;

/// <summary>Why an input stream stopped early: an I/O error or damaged compressed data.</summary>
/// <param name="Line">The line being read when it happened.</param>
/// <param name="Code">A code from <see cref="ReadErrorCodes"/>.</param>
/// <param name="Message">What happened.</param>
internal sealed record StreamFailure(long Line, string Code, string Message);
