using System.Globalization;
using System.Text.RegularExpressions;
using ModuleGen.Core.Common;
using ModuleGen.Core.Templates;

namespace ModuleGen.Core.Deployment;

/// <summary>Checks deployment settings against a strategy's schema and the pack's variable patterns, refusing anything
/// that looks like a secret; every problem is reported at /settings/&lt;key&gt; in one pass.</summary>
internal static partial class SettingsValidator
{
    public static Result<ValidatedSettings> Validate(string strategy, IReadOnlyDictionary<string, object?> settings, PackManifest manifest)
    {
        var specs = DeploymentSchema.For(strategy);
        var errors = new List<ToolError>();
        var overrides = new Dictionary<string, object?>(StringComparer.Ordinal);
        var recorded = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        var environment = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in settings)
        {
            var pointer = $"/settings/{DeploymentSettings.Pointer(key)}";
            if (Secret(key, value, pointer) is { } secret)
            {
                errors.Add(secret);
                continue;
            }

            if (key.EndsWith(DeploymentSchema.EnvSuffix, StringComparison.Ordinal) && key.Length > DeploymentSchema.EnvSuffix.Length)
            {
                if (value is string name && EnvName().IsMatch(name) && Matches(manifest, DeploymentSchema.EnvVariable, name))
                {
                    environment.Add(name);
                    recorded[key] = name;
                }
                else
                {
                    errors.Add(ToolError.Create(ErrorCodes.DeploySettingInvalid, pointer, $"'{key}' names the environment variable that holds the value, so it must be a variable name (A-Z, 0-9, _).",
                        $"Pass e.g. \"{key}\": \"DEPLOY_{key[..^DeploymentSchema.EnvSuffix.Length].ToUpperInvariant()}\".").WithFound(value as string));
                }

                continue;
            }

            if (specs.FirstOrDefault(s => s.Key == key) is not { } spec)
            {
                errors.Add(ToolError.Create(ErrorCodes.DeploySettingUnknown, pointer, $"The {strategy} strategy has no setting '{Preview.Of(key)}'.",
                    $"Settings of {strategy}: {string.Join(", ", specs.Select(s => s.Key))}, and <name>_env to name an environment variable the script needs.").WithFound(key));
                continue;
            }

            var checkedValue = Check(spec, value, manifest, pointer);
            if (checkedValue.IsOk)
            {
                overrides[spec.Variable] = checkedValue.Value;
                recorded[key] = value is long or int ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : value;
            }
            else
            {
                errors.AddRange(checkedValue.Errors);
            }
        }

        errors.AddRange(specs.Where(s => s.Required && !settings.ContainsKey(s.Key)).Select(s =>
            ToolError.Create(ErrorCodes.DeploySettingMissing, $"/settings/{s.Key}", $"The {strategy} strategy needs '{s.Key}' ({s.Description}).", $"Pass settings.{s.Key}.")));
        if (errors.Count > 0)
        {
            return Result<ValidatedSettings>.Fail(errors);
        }

        overrides[DeploymentSchema.EnvVariable] = string.Join(' ', environment);
        var shown = recorded.ToDictionary(r => r.Key, r => r.Value is IReadOnlyList<string> list ? string.Join(' ', list) : Text(r.Value), StringComparer.Ordinal);
        return Result<ValidatedSettings>.Ok(new ValidatedSettings(overrides, recorded.ToArray(), new SortedDictionary<string, string>(shown, StringComparer.Ordinal)));
    }

    private static ToolError? Secret(string key, object? value, string pointer)
    {
        if (SecretDetector.IsSecretKey(key))
        {
            return ToolError.Create(ErrorCodes.DeploySecretRefused, pointer, $"The setting '{Preview.Of(key)}' looks like a secret; ModuleGen never writes secrets into files.",
                $"Put the value in an environment variable and name it instead, e.g. \"{key}_env\": \"DEPLOY_{Naming.Snake(key).ToUpperInvariant()}\"; the script then refuses to run without it.").WithFound(key);
        }

        var texts = value switch
        {
            string s => [s],
            IReadOnlyList<string> list => list,
            _ => [],
        };
        return texts.Select(SecretDetector.SecretIn).FirstOrDefault(kind => kind is not null) is { } found
            ? ToolError.Create(ErrorCodes.DeploySecretRefused, pointer, $"The value of '{Preview.Of(key)}' looks like {found}; ModuleGen never writes secrets into files (the value is not repeated here).",
                "Put the secret in an environment variable and name it with a <name>_env setting, e.g. \"password_env\": \"DEPLOY_PASSWORD\"; keep credentials out of URLs.").WithFound(key)
            : null;
    }

    private static Result<object?> Check(SettingSpec spec, object? value, PackManifest manifest, string pointer)
    {
        var variable = manifest.Variables.FirstOrDefault(v => v.Name == spec.Variable);
        switch (spec.Kind)
        {
            case SettingSpec.Port when value is long port && port is > 0 and <= 65535:
                return Result<object?>.Ok(port);
            case SettingSpec.Text when value is string text && text.Length > 0 && !text.Any(char.IsWhiteSpace) && Matches(manifest, spec.Variable, text):
                return Result<object?>.Ok(text);
            case SettingSpec.List when value is IReadOnlyList<string> items:
                var bad = items.Select((item, i) => (item, i)).Where(p => p.item.Length == 0 || p.item.Any(char.IsWhiteSpace) || !Matches(manifest, spec.Variable, p.item)).ToArray();
                return bad.Length == 0
                    ? Result<object?>.Ok(string.Join(' ', items))
                    : Result<object?>.Fail(bad.Select(p => ToolError.Create(ErrorCodes.DeploySettingInvalid, $"{pointer}/{p.i}", $"'{Preview.Of(p.item)}' is not an acceptable {spec.Key} entry.",
                        $"Use patterns without spaces or quotes matching {variable?.Pattern}.").WithFound(p.item)).ToArray());
            default:
                return ToolError.Create(ErrorCodes.DeploySettingInvalid, pointer, $"'{spec.Key}' must be {Expected(spec)}{(variable?.Pattern is { } p && spec.Kind == SettingSpec.Text ? $" matching {p}" : "")}.",
                    $"Pass the {spec.Description}.").WithFound(Text(value));
        }
    }

    private static bool Matches(PackManifest manifest, string variable, string value)
    {
        var pattern = manifest.Variables.FirstOrDefault(v => v.Name == variable)?.Pattern;
        try
        {
            return pattern is null || Regex.IsMatch(value, $"^(?:{pattern})$", RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string Expected(SettingSpec spec) => spec.Kind switch
    {
        SettingSpec.Port => "a whole number from 1 to 65535",
        SettingSpec.List => "a list of strings",
        _ => "a non-empty string without spaces",
    };

    private static string Text(object? value) => value switch
    {
        IReadOnlyList<string> list => string.Join(' ', list),
        _ => TemplateFunctions.Text(value),
    };

    [GeneratedRegex("^[A-Z_][A-Z0-9_]{0,127}$")]
    private static partial Regex EnvName();
}
