namespace ModuleGen.Core.Programs;

/// <summary>Asks <see cref="ProgramRunner"/> to run one program: an absolute executable, its arguments, the folder it
/// runs in, what it adds to the inherited environment, and its limits.</summary>
/// <param name="FileName">Absolute path of the executable (found by the caller; never looked up again).</param>
/// <param name="Arguments">Arguments, passed as they are (no shell).</param>
/// <param name="WorkingDirectory">Absolute folder the program starts in.</param>
public sealed record ProgramRun(string FileName, IReadOnlyList<string> Arguments, string WorkingDirectory)
{
    /// <summary>The most output kept per stream; the rest is read and dropped so the program never blocks on a full pipe.</summary>
    public const int DefaultOutputCap = 256 * 1024;

    /// <summary>Gets variables set (or replaced) in the environment the program inherits.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the longest the program may run before its whole process group is killed.</summary>
    public TimeSpan Timeout { get; init; } = ProgramPermissions.DefaultTimeout;

    /// <summary>Gets the most bytes kept of stdout and of stderr, each.</summary>
    public int OutputCap { get; init; } = DefaultOutputCap;

    /// <summary>Gets the command line as a person would type it, for messages and logs.</summary>
    public string CommandLine => string.Join(' ', new[] { Path.GetFileName(FileName) }.Concat(Arguments));
}
