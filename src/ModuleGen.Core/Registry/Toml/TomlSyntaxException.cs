namespace ModuleGen.Core.Registry.Toml;

/// <summary>Carries a syntax error out of the recursive descent of <see cref="TomlReader"/>; it never leaves the reader.</summary>
internal sealed class TomlSyntaxException(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}
