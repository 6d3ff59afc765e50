using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Mizan.IO.Input;

/// <summary>Strict UTF-8 validation with a message that says where the bad bytes are.</summary>
internal static class Utf8Check
{
    /// <summary>Null when <paramref name="bytes"/> is valid UTF-8, else a message naming the first bad byte.</summary>
    public static string? Problem(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return null;
        }

        int offset = 0;
        while (offset < bytes.Length)
        {
            OperationStatus status = Rune.DecodeFromUtf8(bytes[offset..], out _, out int consumed);
            if (status != OperationStatus.Done)
            {
                return $"invalid UTF-8: byte 0x{bytes[offset]:X2} at column {offset + 1} does not start a valid sequence (the input must be UTF-8)";
            }

            offset += consumed;
        }

        return "invalid UTF-8 (the input must be UTF-8)";
    }
}
