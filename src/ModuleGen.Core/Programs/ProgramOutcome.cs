namespace ModuleGen.Core.Programs;

/// <summary>Reports how a program run ended and what it printed (each stream cut at the run's output cap).</summary>
/// <param name="End">Exited on its own, stopped at the timeout, or never started.</param>
/// <param name="ExitCode">The exit code when it exited on its own.</param>
/// <param name="Stdout">What it wrote to stdout (UTF-8, LF line endings), at most the output cap.</param>
/// <param name="Stderr">What it wrote to stderr, likewise.</param>
/// <param name="OutputCut">True when either stream was longer than the cap.</param>
/// <param name="StartError">Why it could not be started, when it could not.</param>
public sealed record ProgramOutcome(ProgramEnd End, int? ExitCode, string Stdout, string Stderr, bool OutputCut, string? StartError = null)
{
    /// <summary>Gets whether it exited on its own with code 0.</summary>
    public bool Succeeded => End == ProgramEnd.Exited && ExitCode == 0;
}

/// <summary>Says how a program run ended (a cancelled run ends in <see cref="OperationCanceledException"/> instead).</summary>
public enum ProgramEnd
{
    Exited,
    TimedOut,
    CouldNotStart,
}
