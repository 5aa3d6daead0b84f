using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;
using YamlDotNet.RepresentationModel;

namespace ModuleGen.Core.Programs;

/// <summary>Works out which programs the user allowed, from the three places only the user controls, the first that
/// says anything winning: the command-line flags (<c>--allow-exec</c>, <c>--exec-timeout</c>), the environment
/// (<see cref="AllowVariable"/>, <see cref="TimeoutVariable"/>), and the user's configuration file
/// (<c>$XDG_CONFIG_HOME/modulegen/config.yaml</c>, else <c>~/.config/modulegen/config.yaml</c>).</summary>
/// <remarks>A configuration file that lies inside the workspace is not read — a cloned repository could otherwise
/// allow itself — and the permission says so. A value that names no known program, or a timeout that is not a whole
/// number of seconds from 1 to <see cref="MaxTimeoutSeconds"/>, is an error naming where it came from.</remarks>
public static class UserPermissions
{
    public const string AllowVariable = "MODULEGEN_ALLOW_EXEC";
    public const string TimeoutVariable = "MODULEGEN_EXEC_TIMEOUT";
    public const string AllowFlag = "--allow-exec";
    public const string TimeoutFlag = "--exec-timeout";
    public const int MaxTimeoutSeconds = 3600;

    private const long MaxConfigBytes = 64 * 1024;

    /// <summary>Resolves the permission for a server or command run over <paramref name="workspaceRoot"/>.</summary>
    /// <param name="allowFlag">The <c>--allow-exec</c> values (null when the flag was not given).</param>
    /// <param name="timeoutFlag">The <c>--exec-timeout</c> value in seconds (null when not given).</param>
    /// <param name="workspaceRoot">The absolute workspace root.</param>
    /// <param name="environment">Reads an environment variable.</param>
    public static Result<ProgramPermissions> Resolve(IReadOnlyList<string>? allowFlag, string? timeoutFlag, string workspaceRoot, Func<string, string?> environment)
    {
        var errors = new List<ToolError>();
        var config = ReadConfig(workspaceRoot, environment, errors);
        var allowVariable = environment(AllowVariable) is { Length: > 0 } a ? a : null;
        var (allowed, source) = allowFlag is not null ? (Programs(allowFlag, AllowFlag, errors), AllowFlag)
            : allowVariable is not null ? (Programs([allowVariable], AllowVariable, errors), AllowVariable)
            : config.Allow is not null ? (Programs(config.Allow, config.Path + " allow_exec", errors), config.Path!)
            : ([], "running programs is off");
        var timeoutVariable = environment(TimeoutVariable) is { Length: > 0 } t ? t : null;
        var timeout = timeoutFlag is not null ? Seconds(timeoutFlag, TimeoutFlag, errors)
            : timeoutVariable is not null ? Seconds(timeoutVariable, TimeoutVariable, errors)
            : config.Timeout is not null ? Seconds(config.Timeout, config.Path + " exec_timeout", errors)
            : ProgramPermissions.DefaultTimeout;
        if (errors.Count > 0)
        {
            return Result<ProgramPermissions>.Fail(errors);
        }

        var why = allowed.Count > 0 ? $"allowed by {source}" : source == "running programs is off" ? source : $"{source} allows none";
        return Result<ProgramPermissions>.Ok(new ProgramPermissions
        {
            Allowed = allowed,
            Timeout = timeout,
            Source = config.Ignored is null ? why : $"{why}; {config.Ignored}",
        });
    }

    /// <summary>Returns the user's configuration file path (<see cref="UserConfigFolder"/>/config.yaml), whether or not
    /// it exists; null without a home folder.</summary>
    public static string? ConfigPath(Func<string, string?> environment) =>
        UserConfigFolder.Find(environment) is { } folder ? Path.Join(folder, "config.yaml") : null;

    private static IReadOnlyList<string> Programs(IEnumerable<string> values, string origin, List<ToolError> errors)
    {
        var named = values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray();
        foreach (var unknown in named.Where(n => n != ProgramPermissions.NoneWord && !ProgramPermissions.Known.Contains(n, StringComparer.Ordinal)))
        {
            errors.Add(ToolError.Create(ErrorCodes.ConfigInvalidValue, "", $"{origin} names '{Preview.Of(unknown)}', a program ModuleGen cannot run.",
                $"Use {string.Join(", ", ProgramPermissions.Known)} (or {ProgramPermissions.NoneWord} to allow nothing).").WithFound(unknown));
        }

        return named.Contains(ProgramPermissions.NoneWord, StringComparer.Ordinal) ? [] : ProgramPermissions.Known.Where(named.Contains).ToArray();
    }

    private static TimeSpan Seconds(string value, string origin, List<ToolError> errors)
    {
        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds is >= 1 and <= MaxTimeoutSeconds)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        errors.Add(ToolError.Create(ErrorCodes.ConfigInvalidValue, "", $"{origin} is '{Preview.Of(value)}', not a number of seconds.",
            $"Give a whole number of seconds from 1 to {MaxTimeoutSeconds}.").WithFound(value));
        return ProgramPermissions.DefaultTimeout;
    }

    private static UserConfig ReadConfig(string workspaceRoot, Func<string, string?> environment, List<ToolError> errors)
    {
        var path = ConfigPath(environment);
        if (path is null || !File.Exists(path))
        {
            return new UserConfig(null, null, null, null);
        }

        if (UserConfigFolder.IsInside(path, workspaceRoot))
        {
            return new UserConfig(path, null, null, $"{path} was not read: it lies inside the workspace, and a repository cannot allow programs");
        }

        string text;
        try
        {
            text = RegularFile.ReadAllText(path, MaxConfigBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(ToolError.Create(ErrorCodes.ReadFailed, "", $"Could not read {path}: {WorkspaceIOException.Describe(ex)}", "Fix or remove the file.").WithFound(path));
            return new UserConfig(path, null, null, null);
        }

        return Parse(path, text, errors);
    }

    private static UserConfig Parse(string path, string text, List<ToolError> errors)
    {
        var (stream, error) = YamlText.Parse(text);
        if (error is not null)
        {
            errors.Add(ToolError.Create(ErrorCodes.ConfigYamlSyntax, "", $"{path} is not valid YAML at line {error.Start.Line}: {error.Message}", "Fix the YAML syntax.")
                with { Found = path, Location = new SourceLocation(path, (int)error.Start.Line, (int)error.Start.Column) });
            return new UserConfig(path, null, null, null);
        }

        if (stream is not { Documents.Count: > 0 } || stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            return new UserConfig(path, null, null, null);
        }

        IReadOnlyList<string>? allow = null;
        string? timeout = null;
        foreach (var (key, value) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            switch (name, value)
            {
                case ("allow_exec", YamlScalarNode scalar):
                    allow = [scalar.Value ?? ""];
                    break;
                case ("allow_exec", YamlSequenceNode list) when list.Children.All(c => c is YamlScalarNode):
                    allow = list.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToArray();
                    break;
                case ("exec_timeout", YamlScalarNode scalar):
                    timeout = scalar.Value ?? "";
                    break;
                default:
                    errors.Add(ToolError.Create(name is "allow_exec" or "exec_timeout" ? ErrorCodes.ConfigInvalidValue : ErrorCodes.ConfigUnknownKey, "/" + name,
                        $"{path} line {key.Start.Line}: '{Preview.Of(name)}' is not understood here.",
                        "The file knows allow_exec (a list of programs: dg) and exec_timeout (seconds).")
                        with { Found = name, Location = new SourceLocation(path, (int)key.Start.Line, (int)key.Start.Column) });
                    break;
            }
        }

        return new UserConfig(path, allow, timeout, null);
    }

    private sealed record UserConfig(string? Path, IReadOnlyList<string>? Allow, string? Timeout, string? Ignored);
}
