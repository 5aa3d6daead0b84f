using System.Globalization;
using System.Text.RegularExpressions;
using ModuleGen.Core.Common;
using ModuleGen.Core.Templates;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Turns the given variable values into the values a scaffold uses: checks each against its declaration
/// (type, pattern, choices), fills defaults (string defaults are templates over earlier variables), and allocates
/// or reuses ports. Every problem is reported at /variables/&lt;name&gt;.</summary>
/// <remarks><paramref name="siblingPackages"/> are the packages beside a new module (a scaffold); null when the values
/// come from a module's recorded answers, whose name is not refused again for what surrounds it now.</remarks>
internal sealed class VariableResolver(ITemplateEngine engine, PortAllocator ports, AnswersFile? recorded, string manifestLabel, IReadOnlyCollection<string>? siblingPackages = null)
{
    /// <summary>Gets what the resolver changed or noticed about a value, for the result (a default raised to the pack's minimum).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Adds each declared variable to <paramref name="model"/> in declaration order and reports the values used.</summary>
    public Result<IReadOnlyList<ResolvedVariable>> Resolve(PackManifest manifest, IReadOnlyDictionary<string, object?> given, Dictionary<string, object?> model)
    {
        var errors = new List<ToolError>();
        var declared = manifest.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in given.Keys.Where(k => !declared.Contains(k)).Order(StringComparer.Ordinal))
        {
            errors.Add(ToolError.Create(ErrorCodes.ScaffoldVariableUnknown, $"/variables/{name}", $"Pack '{manifest.Name}' has no variable '{Preview.Of(name)}'.",
                $"Variables of '{manifest.Name}': {string.Join(", ", declared.Order(StringComparer.Ordinal))}.").WithFound(name));
        }

        var resolved = new List<ResolvedVariable>();
        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variable in manifest.Variables)
        {
            if (variable.When is { } when && when.Evaluate(model, manifestLabel) is not { IsOk: true, Value: true })
            {
                model[variable.Name] = null;
                continue;
            }

            var fromGiven = given.TryGetValue(variable.Name, out var raw) && raw is not null;
            if (!fromGiven && DependsOnFailed(variable, model, failed))
            {
                failed.Add(variable.Name);
                model[variable.Name] = Placeholder(variable);
                continue;
            }

            var value = fromGiven ? FromGiven(variable, raw!) : FromDefault(variable, model);
            if (!value.IsOk)
            {
                errors.AddRange(value.Errors);
                failed.Add(variable.Name);
                model[variable.Name] = Placeholder(variable);
                continue;
            }

            model[variable.Name] = value.Value.Value;
            resolved.Add(new ResolvedVariable(variable.Name, variable.Type.ToString().ToLowerInvariant(), TemplateFunctions.Text(value.Value.Value), value.Value.Origin));
        }

        return errors.Count > 0 ? Result<IReadOnlyList<ResolvedVariable>>.Fail(errors) : Result<IReadOnlyList<ResolvedVariable>>.Ok(resolved);
    }

    // A default computed from a variable that was already refused would only repeat that error in another form.
    private bool DependsOnFailed(PackVariable v, Dictionary<string, object?> model, HashSet<string> failed) =>
        failed.Count > 0 && v.Type == VariableType.String && v.Default is { } text &&
        engine.Check(new TemplateSource(manifestLabel, text, v.DefaultLocation), model) is { IsOk: true } check &&
        check.Value.RootNames.Any(failed.Contains);

    private Result<(object? Value, string Origin)> FromGiven(PackVariable v, object raw)
    {
        var pointer = $"/variables/{v.Name}";
        var text = TemplateFunctions.Text(raw);
        switch (v.Type)
        {
            case VariableType.String or VariableType.Cron or VariableType.TimeZone or VariableType.Module when raw is string s:
                return Checked(v, s, pointer, "given");
            case VariableType.Int when raw is long or int || long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _):
                return Result<(object?, string)>.Ok((long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), "given"));
            case VariableType.Bool when raw is bool || text is "true" or "false":
                return Result<(object?, string)>.Ok((text == "true", "given"));
            case VariableType.Choice when raw is string or long:
                return v.Choices.Contains(text, StringComparer.Ordinal)
                    ? Result<(object?, string)>.Ok((text, "given"))
                    : ToolError.Create(ErrorCodes.ScaffoldVariableChoice, pointer, $"'{Preview.Of(text)}' is not one of the choices of '{v.Name}'.",
                        $"Pass one of: {string.Join(", ", v.Choices)}.").WithFound(text);
            case VariableType.Port when text == "auto":
                return Port(v, pointer);
            case VariableType.Port when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535:
                ports.Reserve(port);
                return Result<(object?, string)>.Ok(((long)port, "given"));
            default:
                return ToolError.Create(ErrorCodes.ScaffoldVariableType, pointer, $"'{v.Name}' is a {Describe(v.Type)}; '{Preview.Of(text)}' is not.",
                    $"Pass {Describe(v.Type)}.").WithFound(text);
        }
    }

    private Result<(object? Value, string Origin)> FromDefault(PackVariable v, Dictionary<string, object?> model)
    {
        var pointer = $"/variables/{v.Name}";
        if (v.Required)
        {
            return ToolError.Create(ErrorCodes.ScaffoldVariableRequired, pointer, $"The variable '{v.Name}' is required{(v.Description.Length > 0 ? $" ({v.Description})" : "")}.",
                $"Pass a value for '{v.Name}'.");
        }

        var text = v.Default ?? "";
        return v.Type switch
        {
            VariableType.String or VariableType.Cron or VariableType.TimeZone or VariableType.Module => engine.Render(new TemplateSource(manifestLabel, text, v.DefaultLocation), model).Then(s => Checked(v, s, pointer, "default")),
            VariableType.Int => Result<(object?, string)>.Ok((long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), "default")),
            VariableType.Bool => Result<(object?, string)>.Ok((text == "true", "default")),
            VariableType.Port when text == "auto" => Port(v, pointer),
            VariableType.Port => FromGiven(v, text).Map(r => (r.Value, "default")),
            _ => Result<(object?, string)>.Ok((text, "default")),
        };
    }

    private Result<(object? Value, string Origin)> Port(PackVariable v, string pointer)
    {
        if (recorded?.Variables.FirstOrDefault(p => p.Key == v.Name).Value is { } previous &&
            int.TryParse(TemplateFunctions.Text(previous), NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535)
        {
            ports.Reserve(port);
            return Result<(object?, string)>.Ok(((long)port, "reused"));
        }

        return ports.Allocate(pointer).Map(p => ((object?)(long)p, "allocated"));
    }

    private Result<(object? Value, string Origin)> Checked(PackVariable v, string value, string pointer, string origin)
    {

        if (v.Pattern is not null && !Matches(v.Pattern, value))
        {
            return ToolError.Create(ErrorCodes.ScaffoldVariablePattern, pointer, $"'{Preview.Of(value)}' does not match the pattern of '{v.Name}' ({v.Pattern}){(origin == "default" ? " (this is the pack's default)" : "")}.",
                $"Pass a value matching {v.Pattern}{(v.Description.Length > 0 ? $": {v.Description}" : "")}.").WithFound(value);
        }

        if (v.Type == VariableType.Module && ModuleProblem(value, pointer) is { } refused)
        {
            return refused;
        }

        if (v.Minimum is { } minimum && Versions.Parse(value) is not null && Versions.Compare(value, minimum) < 0)
        {
            if (origin != "default")
            {
                return ToolError.Create(ErrorCodes.ScaffoldVariablePattern, pointer, $"'{Preview.Of(value)}' is below {minimum}, the lowest version of '{v.Name}' the pack's templates work with.",
                    $"Pass {minimum} or later{(v.Description.Length > 0 ? $": {v.Description}" : "")}.").WithFound(value);
            }

            Notes.Add($"{v.Name}: the default {value} (what sibling projects pin) is below {minimum}, the lowest version the pack's templates work with; {minimum} is used. Upgrade the siblings, or check that the module runs in their environment.");
            return Result<(object?, string)>.Ok((minimum, "minimum"));
        }

        return ScheduleProblem(v, value, pointer, origin) is { } problem ? problem : Result<(object?, string)>.Ok((value, origin));
    }

    // A module name is checked as build_context checks it; a new one must not shadow a package Python would import instead.
    private ToolError? ModuleProblem(string value, string pointer)
    {
        var names = Context.ModuleNameParser.Parse(value, pointer);
        if (!names.IsOk)
        {
            return names.Errors[0];
        }

        return siblingPackages is not null && Context.ShadowedPackages.Shadowed(names.Value.Snake, siblingPackages) is { } shadowed
            ? ToolError.Create(ErrorCodes.NameShadowsPackage, pointer, $"The module '{Preview.Of(value)}' would be the Python package '{names.Value.Snake}', which shadows {shadowed}: imports of it would load this module instead.",
                $"Add a word, e.g. '{names.Value.Snake}_module'.").WithFound(value)
            : null;
    }

    // Cron and time zone values are checked as Dagster checks them when the schedule loads.
    private static ToolError? ScheduleProblem(PackVariable v, string value, string pointer, string origin)
    {
        var from = origin == "default" ? " (this is the pack's default)" : "";
        if (v.Type == VariableType.Cron && ScheduleValues.CronProblem(value) is { } reason)
        {
            return ToolError.Create(ErrorCodes.ScaffoldVariableType, pointer, $"'{Preview.Of(value)}' is not a cron schedule Dagster accepts{from}: {reason}.",
                $"Pass five fields (minute 0-59, hour 0-23, day of month 1-31, month 1-12, day of week 0-6), e.g. '0 2 * * *' for 02:00 every day, or one of {string.Join(", ", ScheduleValues.Aliases)}.").WithFound(value);
        }

        if (v.Type == VariableType.TimeZone && ScheduleValues.TimeZone(value) is { Known: false } zone)
        {
            return ToolError.Create(ErrorCodes.ScaffoldVariableType, pointer, $"'{Preview.Of(value)}' is not an IANA time zone name{from}.",
                $"Did you mean '{zone.Closest}'? Pass a name of the tz database (Area/City such as 'Europe/Berlin', or 'UTC', 'Etc/GMT+5').").WithFound(value);
        }

        return null;
    }

    private static bool Matches(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, $"^(?:{pattern})$", RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static object? Placeholder(PackVariable v) => v.Type switch
    {
        VariableType.Int or VariableType.Port => 0L,
        VariableType.Bool => false,
        _ => "",
    };

    private static string Describe(VariableType type) => type switch
    {
        VariableType.Int => "whole number",
        VariableType.Bool => "boolean (true or false)",
        VariableType.Port => "port (1-65535 or 'auto')",
        VariableType.Choice => "choice",
        VariableType.Cron => "cron schedule",
        VariableType.TimeZone => "time zone name",
        VariableType.Module => "module name",
        _ => "string",
    };
}
