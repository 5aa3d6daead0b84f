using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ModuleGen.Core.Common;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ModuleGen.Core.Templates;

/// <summary>Provides the functions templates may call besides Scriban's sandboxed built-ins. All are pure functions of
/// their arguments: none reads files, the environment, the clock, or any .NET object beyond the plain model values.</summary>
/// <remarks>Each is a hand-written <see cref="IScriptCustomFunction"/>, not a reflection import, so the engine needs no
/// runtime code generation.</remarks>
public static class TemplateFunctions
{
    private static readonly Function[] s_functions =
    [
        new("snake", 1, 1, "{{ snake name }} → customer_orders", a => Naming.Snake(Text(a[0]))),
        new("kebab", 1, 1, "{{ kebab name }} → customer-orders", a => Naming.Kebab(Text(a[0]))),
        new("pascal", 1, 1, "{{ pascal name }} → CustomerOrders", a => Naming.Pascal(Text(a[0]))),
        new("camel", 1, 1, "{{ camel name }} → customerOrders", a => Naming.Camel(Text(a[0]))),
        new("upper", 1, 1, "{{ upper text }}", a => Text(a[0]).ToUpperInvariant()),
        new("lower", 1, 1, "{{ lower text }}", a => Text(a[0]).ToLowerInvariant()),
        new("replace", 3, 3, "{{ replace text \"/\" \".\" }}", a => Text(a[0]).Replace(Text(a[1]), Text(a[2]), StringComparison.Ordinal)),
        new("indent", 2, 2, "{{ indent text 4 }} indents every non-empty line", a => Indent(Text(a[0]), a[1])),
        new("quote", 1, 1, "{{ quote text }} → a double-quoted string literal valid in TOML, YAML, JSON and Python", a => DoubleQuoted.Of(Text(a[0]))),
        new("json", 1, 1, "{{ json value }} → a JSON literal (strings, numbers, booleans, lists, maps)", a => Json(a[0])),
        new("pinned", 3, 3, "{{ pinned sibling_pins \"dagster\" \"1.12.19\" }} → the version sibling projects pin, else the fallback", a => Pinned(a[0], a[1], a[2])),
        new("newest", 2, 2, "{{ newest dagster_version \"1.11\" }} → the later of two versions (dotted numbers)", a => PackVersions.IsOlder(Text(a[0]), Text(a[1])) && PackVersions.IsValid(Text(a[1])) ? Text(a[1]) : Text(a[0])),
    ];

    /// <summary>Gets the functions with their argument counts and an example, as describe_template lists them.</summary>
    public static IReadOnlyList<HelperSignature> Signatures { get; } =
        s_functions.Select(f => new HelperSignature(f.Name, f.Min, f.Max, f.Usage)).OrderBy(s => s.Name, StringComparer.Ordinal).ToArray();

    /// <summary>Adds every function, read-only, to <paramref name="target"/>.</summary>
    internal static void Register(ScriptObject target)
    {
        foreach (var function in s_functions)
        {
            target.SetValue(function.Name, function, readOnly: true);
        }
    }

    /// <summary>Formats a model value as text the way templates print it (invariant culture, lower-case booleans).</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Indent(string text, object? width)
    {
        var count = int.TryParse(Text(width), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 0, 64) : 0;
        var pad = new string(' ', count);
        return string.Join('\n', text.Split('\n').Select(line => line.Length == 0 ? line : pad + line));
    }

    // Looks the package up in a map of pins (sibling_pins); a missing key is the fallback, not a strict-mode error.
    private static string Pinned(object? pins, object? name, object? fallback)
    {
        var key = Text(name).ToLowerInvariant().Replace('_', '-').Replace('.', '-');
        return pins is IEnumerable<KeyValuePair<string, object?>> map && map.FirstOrDefault(p => p.Key == key) is { Value: { } version }
            ? Text(version)
            : Text(fallback);
    }

    private static string Json(object? value)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteJson(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteJson(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteJson(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list and not string:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteJson(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Text(value));
                break;
        }
    }

    /// <summary>Checks the argument count, so a call such as <c>{{ snake }}</c> is an error at its location, never an empty string.</summary>
    private sealed class Function(string name, int min, int max, string usage, Func<IList<object?>, object?> body) : IScriptCustomFunction
    {
        public string Name => name;

        public int Min => min;

        public int Max => max;

        public string Usage => usage;

        public int RequiredParameterCount => min;

        public int ParameterCount => max;

        // Direct: Scriban passes the arguments as written and this class checks their count itself.
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

        public Type ReturnType => typeof(object);

        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), $"arg{index}");

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            if (arguments.Count < min || arguments.Count > max)
            {
                var expected = min == max ? $"{min}" : $"{min} to {max}";
                throw new TemplateRefusal(callerContext?.Span ?? default, ErrorCodes.TemplateHelperArguments,
                    $"The function '{name}' takes {expected} argument(s) but got {arguments.Count}.", $"Use it as {usage}.");
            }

            return body(arguments);
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
    }
}
