using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using ModuleGen.Core.Workspace.Native;

namespace ModuleGen.Core.Programs;

/// <summary>Runs one program the user allowed, and leaves nothing of it behind: no shell, stdin closed at once, output
/// kept up to a cap (the rest read and dropped), and at the end — exit, timeout or cancellation — its whole process
/// group killed, so a child it forked and left behind goes too.</summary>
/// <remarks>
/// <para>On Linux the program starts through <c>setsid</c> (util-linux), which makes it the leader of a new session and
/// process group (the pid stays the same: the child .NET forks is no group leader, so setsid execs in place);
/// <c>kill(-pid, SIGKILL)</c> then reaches every process still in the group, including ones whose parent already
/// exited. Without setsid (other systems) the runner kills the process tree it can see instead.</para>
/// <para>Waiting blocks the calling thread (the callers — verification and the audit — are synchronous) but never
/// past the timeout, and the cancellation token wakes it at once. Output streams are drained on the thread pool; after
/// the kill they get <see cref="DrainGrace"/> to reach their end (a process that left the group could hold them
/// open), then whatever was read is used.</para>
/// </remarks>
public sealed class ProgramRunner
{
    /// <summary>How long the output streams may take to end after the program is gone.</summary>
    public static readonly TimeSpan DrainGrace = TimeSpan.FromSeconds(2);

    private static readonly string? s_setsid = OperatingSystem.IsLinux() ? new[] { "/usr/bin/setsid", "/bin/setsid" }.FirstOrDefault(File.Exists) : null;

    /// <summary>Runs <paramref name="run"/> to its end or its timeout.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled; the program's process group is killed first.</exception>
    public ProgramOutcome Run(ProgramRun run, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!File.Exists(run.FileName))
        {
            return new ProgramOutcome(ProgramEnd.CouldNotStart, null, "", "", false, "the program does not exist");
        }

        using var process = new Process { StartInfo = StartInfo(run), EnableRaisingEvents = true };
        using var exited = new ManualResetEventSlim();
        process.Exited += (_, _) => exited.Set();
        try
        {
            process.Start();
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException)
        {
            return new ProgramOutcome(ProgramEnd.CouldNotStart, null, "", "", false, ex.Message);
        }

        process.StandardInput.Close(); // nothing to read: a program that asks for input gets end-of-file, never waits
        var stdout = new CappedSink(process.StandardOutput.BaseStream, run.OutputCap);
        var stderr = new CappedSink(process.StandardError.BaseStream, run.OutputCap);
        var woke = WaitHandle.WaitAny([exited.WaitHandle, cancellationToken.WaitHandle], run.Timeout);
        KillGroup(process); // after an exit too: whatever it left running in its group goes with it
        Task.WaitAll([stdout.Done, stderr.Done], DrainGrace);
        cancellationToken.ThrowIfCancellationRequested();
        if (woke == WaitHandle.WaitTimeout)
        {
            return new ProgramOutcome(ProgramEnd.TimedOut, null, stdout.Text, stderr.Text, stdout.Cut || stderr.Cut);
        }

        process.WaitForExit(); // the exit code is read once the runtime has reaped the process
        return new ProgramOutcome(ProgramEnd.Exited, process.ExitCode, stdout.Text, stderr.Text, stdout.Cut || stderr.Cut);
    }

    private static ProcessStartInfo StartInfo(ProgramRun run)
    {
        var start = new ProcessStartInfo
        {
            FileName = s_setsid ?? run.FileName,
            WorkingDirectory = run.WorkingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        if (s_setsid is not null)
        {
            start.ArgumentList.Add(run.FileName);
        }

        foreach (var argument in run.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in run.Environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    private static void KillGroup(Process process)
    {
        if (s_setsid is not null)
        {
            // The group id is the program's pid; Linux does not hand a pid out again while its group still has members.
            Posix.Kill(-process.Id, Posix.SIGKILL);
        }

        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }

    /// <summary>Reads a stream to its end on the thread pool, keeping the first bytes up to a cap.</summary>
    private sealed class CappedSink
    {
        private readonly MemoryStream _kept = new();
        private readonly int _cap;

        public CappedSink(Stream stream, int cap)
        {
            _cap = cap;
            Done = Task.Run(() => DrainAsync(stream));
        }

        public Task Done { get; }

        public bool Cut { get; private set; }

        public string Text
        {
            get
            {
                lock (_kept)
                {
                    return Encoding.UTF8.GetString(_kept.GetBuffer(), 0, (int)_kept.Length).ReplaceLineEndings("\n");
                }
            }
        }

        private async Task DrainAsync(Stream stream)
        {
            var buffer = new byte[16 * 1024];
            try
            {
                int read;
                while ((read = await stream.ReadAsync(buffer)) > 0)
                {
                    lock (_kept)
                    {
                        var room = _cap - (int)_kept.Length;
                        _kept.Write(buffer, 0, Math.Min(room, read));
                        Cut |= read > room;
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException)
            {
                // The pipe closed under the reader (the process object was disposed after the grace): keep what was read.
            }
        }
    }
}
