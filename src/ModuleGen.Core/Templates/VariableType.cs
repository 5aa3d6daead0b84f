namespace ModuleGen.Core.Templates;

/// <summary>Names the value types a pack variable can have.</summary>
public enum VariableType
{
    /// <summary>Free text, optionally constrained by a regular expression.</summary>
    String,

    /// <summary>A whole number.</summary>
    Int,

    /// <summary>true or false.</summary>
    Bool,

    /// <summary>One of a fixed list of strings.</summary>
    Choice,

    /// <summary>A TCP port (1-65535); the default <c>auto</c> takes the lowest free port of the configured range.</summary>
    Port,
}
