namespace Mizan.Storage.Export;

/// <summary>What an export wrote and what it left out.</summary>
/// <param name="Written">Incidents written.</param>
/// <param name="LeftOut">Matching incidents outside the format's scope (not taken place, no coordinates ...).</param>
/// <param name="Background">Matching incidents left out as background (told as past context), when not asked for.</param>
public sealed record ExportCounts(long Written, long LeftOut, long Background);
