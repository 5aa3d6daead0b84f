using System.Diagnostics;

namespace ModuleGen.Mcp.Tests.Support;

/// <summary>A theory that runs the server in a fresh PID namespace under strace (so every run gets the same process id,
/// as containers often do, and a chosen system call can kill it); reported as skipped, with the reason, where
/// <c>unshare</c> or <c>strace</c> is missing or not permitted.</summary>
public sealed class PidNamespaceTheoryAttribute : TheoryAttribute
{
    private static readonly Lazy<string?> s_missing = new(Probe);

    public PidNamespaceTheoryAttribute()
    {
        if (s_missing.Value is { } reason)
        {
            Skip = $"A crash under a reused process id needs a PID namespace and strace here: {reason}. The same recovery is covered in process by JournalRecoveryTests.";
        }
    }

    /// <summary>Gets the command prefix: a new user and PID namespace, then strace following every thread (without
    /// --seccomp-bpf, which made strace 6.1 skip the injection at a counted call).</summary>
    public static string[] Prefix => ["unshare", "--user", "--map-root-user", "--pid", "--fork", "--mount-proc", "strace", "-f", "-qq", "-o", "/dev/null"];

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "not Linux";
        }

        try
        {
            using var probe = Process.Start(new ProcessStartInfo(Prefix[0], [.. Prefix[1..], "-e", "trace=renameat", "true"])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            })!;
            var error = probe.StandardError.ReadToEnd();
            probe.WaitForExit();
            return probe.ExitCode == 0 ? null : $"'{string.Join(' ', Prefix)} true' failed ({error.Trim()})";
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return $"{Prefix[0]} could not start ({ex.Message})";
        }
    }
}
