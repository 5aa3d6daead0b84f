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

    /// <summary>A cron schedule as Dagster accepts it: five fields or an alias such as <c>@daily</c>.</summary>
    Cron,

    /// <summary>An IANA time zone name (<c>Europe/Berlin</c>, <c>Etc/GMT+5</c>, <c>UTC</c>); written <c>timezone</c> in a manifest.</summary>
    TimeZone,

    /// <summary>A module name as said ("customer orders"): checked as build_context checks names, and refused when its
    /// package (the snake_case form) would shadow the standard library, Dagster, pytest or a package beside the target.</summary>
    Module,
}
