namespace ModuleGen.Core.Programs;

/// <summary>Says which programs the user allowed ModuleGen to run for this server or command (today only
/// <see cref="Dg"/>), for how long each run may take, and in words where that came from — or why nothing may run.</summary>
/// <remarks>Only the user decides: a <c>serve</c>/verb flag, an environment variable, or the user's own configuration
/// file outside the workspace (<see cref="UserPermissions"/>). Nothing the repository holds (its modulegen.yaml, a
/// template pack, a tool argument) can build an instance that allows anything, and a read-only server is always
/// <see cref="None"/>.</remarks>
public sealed record ProgramPermissions
{
    /// <summary>The name that allows <c>dg check defs</c> and <c>dg list defs</c> (dg on PATH, or <c>uv run dg</c>).</summary>
    public const string Dg = "dg";

    /// <summary>The word that allows nothing, overriding a lower source (<c>--allow-exec none</c>).</summary>
    public const string NoneWord = "none";

    /// <summary>How to allow dg, in the words every "not run" finding repeats.</summary>
    public const string HowToAllow =
        "the user allows dg when starting ModuleGen: --allow-exec dg, MODULEGEN_ALLOW_EXEC=dg, or allow_exec: [dg] in ~/.config/modulegen/config.yaml";

    /// <summary>The longest a program may run unless the user says otherwise.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(120);

    /// <summary>Gets the programs the user can allow.</summary>
    public static IReadOnlyList<string> Known { get; } = [Dg];

    /// <summary>Gets the programs allowed, in <see cref="Known"/> order.</summary>
    public IReadOnlyList<string> Allowed { get; init; } = [];

    /// <summary>Gets the longest one run may take before its whole process group is killed.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>Gets, in a few words, who allowed the programs ("--allow-exec") or why none may run.</summary>
    public string Source { get; init; } = "running programs is off";

    /// <summary>Gets whether the server is read-only, which runs no program whatever is allowed.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Gets a permission that allows nothing, saying why.</summary>
    public static ProgramPermissions None(string why) => new() { Source = why };

    /// <summary>Returns this permission for a read-only server: nothing runs, and the reason says so.</summary>
    /// <param name="because">What made the server read-only (the flag, or the workspace's modulegen.yaml).</param>
    public ProgramPermissions ForReadOnly(string because = "the user started it with --read-only") =>
        this with { ReadOnly = true, Source = $"the server is read-only: {because}; a read-only server runs no program whatever is allowed" };

    /// <summary>Tells whether <paramref name="program"/> may run.</summary>
    public bool Allows(string program) => !ReadOnly && Allowed.Contains(program, StringComparer.Ordinal);
}
