namespace Mizan.GazetteerBuilder;

/// <summary>An input that the generator cannot use; the message names the file and line.</summary>
public sealed class GeneratorException : Exception
{
    public GeneratorException(string message)
        : base(message)
    {
    }

    public GeneratorException()
    {
    }

    public GeneratorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
