namespace ModuleGen.Tests.Shared;

/// <summary>Writes stand-in <c>dg</c> and <c>uv</c> executables (POSIX sh) into a folder of their own, outside any
/// workspace, to put on PATH: each records its call (program, folder, arguments, the no-write environment it got) and
/// answers as the real dg does in the mode the test chooses — <c>pass</c>, <c>empty</c> (no definitions), <c>fail</c>
/// (a load error whose traceback points into the project), <c>hang</c> (leaves an orphan in its process group and
/// waits). Like Python, a passing run writes <c>__pycache__</c> into the project unless PYTHONDONTWRITEBYTECODE is set,
/// and the uv stand-in refuses any command other than <c>uv run --frozen --no-sync dg …</c>.</summary>
public sealed class StandInDg : IDisposable
{
    public StandInDg()
    {
        Folder = Directory.CreateTempSubdirectory("modulegen-standin-").FullName;
        Write("dg");
        Write("uv");
    }

    /// <summary>Gets the folder holding the stand-ins (put it on PATH).</summary>
    public string Folder { get; }

    /// <summary>Gets the pid of the process the <c>hang</c> mode left behind, once it wrote it.</summary>
    public int? OrphanPid => File.Exists(Path.Join(Folder, "orphan.pid")) && int.TryParse(File.ReadAllText(Path.Join(Folder, "orphan.pid")).Trim(), out var pid) ? pid : null;

    /// <summary>Chooses how the next calls answer.</summary>
    public void Mode(string mode)
    {
        File.WriteAllText(Path.Join(Folder, "mode"), mode);
        File.Delete(Path.Join(Folder, "orphan.pid"));
    }

    /// <summary>Removes the dg stand-in (so only uv is on PATH), or puts it back.</summary>
    public void HasDg(bool present)
    {
        if (present)
        {
            Write("dg");
        }
        else
        {
            File.Delete(Path.Join(Folder, "dg"));
        }
    }

    /// <summary>Lists the calls made so far.</summary>
    public IReadOnlyList<Call> Calls()
    {
        var log = Path.Join(Folder, "calls.log");
        return File.Exists(log)
            ? File.ReadAllLines(log).Select(l => l.Split('\t')).Select(f => new Call(f[0], f[1], f[2], f[3], f[4])).ToArray()
            : [];
    }

    /// <summary>Tells whether a process is gone (or, on Linux, a zombie nobody reaped yet).</summary>
    public static bool IsGone(int pid)
    {
        if (!Directory.Exists("/proc"))
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                return process.HasExited;
            }
            catch (ArgumentException)
            {
                return true;
            }
        }

        var stat = $"/proc/{pid}/stat";
        try
        {
            return !File.Exists(stat) || File.ReadAllText(stat).Split(") ").Last().StartsWith('Z');
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <summary>Waits (bounded) until <paramref name="condition"/> holds; false when it never did.</summary>
    public static bool Eventually(Func<bool> condition, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            Thread.Sleep(20);
        }

        return true;
    }

    /// <summary>Writes a project environment (<c>.venv</c> with pyvenv.cfg and an executable bin/dg) in a folder.</summary>
    public static void WriteProjectEnvironment(string folder)
    {
        Directory.CreateDirectory(Path.Join(folder, ".venv", "bin"));
        File.WriteAllText(Path.Join(folder, ".venv", "pyvenv.cfg"), "home = /usr/bin\n");
        MakeExecutable(Path.Join(folder, ".venv", "bin", "dg"), "#!/bin/sh\nexit 9\n");
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static void MakeExecutable(string path, string text)
    {
        File.WriteAllText(path, text);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private void Write(string name) => MakeExecutable(Path.Join(Folder, name), Script.Replace("NAME", name).Replace("FOLDER", Folder));

    /// <summary>One recorded call.</summary>
    /// <param name="Program">dg or uv.</param>
    /// <param name="Folder">The folder it ran in.</param>
    /// <param name="Arguments">Its arguments, space-separated.</param>
    /// <param name="Environment">The no-write variables it got, as NAME=value pairs.</param>
    /// <param name="ProjectEnvironment">UV_PROJECT_ENVIRONMENT, when set.</param>
    public sealed record Call(string Program, string Folder, string Arguments, string Environment, string ProjectEnvironment);

    private const string Script = """
        #!/bin/sh
        me=NAME
        dir='FOLDER'
        printf '%s\t%s\t%s\t%s\t%s\n' "$me" "$PWD" "$*" "PYTHONDONTWRITEBYTECODE=$PYTHONDONTWRITEBYTECODE UV_FROZEN=$UV_FROZEN UV_NO_SYNC=$UV_NO_SYNC UV_OFFLINE=$UV_OFFLINE" "$UV_PROJECT_ENVIRONMENT" >> "$dir/calls.log"
        if [ "$me" = uv ]; then
          [ "$1 $2 $3 $4" = "run --frozen --no-sync dg" ] || { echo "stand-in uv refuses: $*" >&2; exit 2; }
          shift 4
        fi
        mode=$(cat "$dir/mode" 2>/dev/null || echo pass)
        case "$mode:$1" in
          pass:check)
            [ -n "$PYTHONDONTWRITEBYTECODE" ] || { mkdir -p "$PWD/__pycache__" && : > "$PWD/__pycache__/definitions.cpython-312.pyc"; }
            echo "All definitions loaded successfully." ;;
          pass:list) printf '%s\n' '{"assets": [{"key": "orders"}], "asset_checks": [], "jobs": [], "resources": [{"name": "database", "type": "x"}], "schedules": [{"name": "orders_daily", "cron_schedule": "0 6 * * *"}], "sensors": []}' ;;
          empty:check) echo "All definitions loaded successfully." ;;
          empty:list) printf '%s\n' '{"assets": [], "asset_checks": [], "jobs": [], "resources": [], "schedules": [], "sensors": []}' ;;
          fail:*)
            cat >&2 <<EOF
        2025-01-01 00:00:00 +0000 - dagster - ERROR - Validation failed for code location orders:

        dagster._core.errors.DagsterImportError: Encountered ImportError while importing module orders.definitions

        Stack Trace:
          File "/usr/lib/python3/site-packages/dagster/_core/code_pointer.py", line 138, in load_python_module
            return importlib.import_module(module_name)
          File "$PWD/src/orders/defs/assets.py", line 7, in <module>
            from orders.missing import thing

        The above exception was caused by the following exception:
        ModuleNotFoundError: No module named 'orders.missing'
        EOF
            exit 1 ;;
          hang:*)
            ( sh -c 'echo $$ > "$0/orphan.pid"; exec sleep 300' "$dir" & )
            while [ ! -s "$dir/orphan.pid" ]; do :; done
            sleep 300 ;;
          *) echo "stand-in: unknown mode $mode:$1" >&2; exit 3 ;;
        esac

        """;
}
