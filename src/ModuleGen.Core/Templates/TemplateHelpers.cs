using System.Globalization;
using System.Text;
using System.Text.Json;
using HandlebarsDotNet;
using HbContext = HandlebarsDotNet.Context;
using ModuleGen.Core.Common;

namespace ModuleGen.Core.Templates;

/// <summary>Provides the helpers templates may call. All are pure functions of their arguments: none reads files, the
/// environment, the clock, or any .NET object beyond the plain model values.</summary>
public static class TemplateHelpers
{
    /// <summary>Gets the block helpers templates may open: the Handlebars built-ins that only branch or iterate.</summary>
    public static IReadOnlyList<HelperSignature> Blocks { get; } =
    [
        new("each", 1, 1, "{{#each list}}…{{/each}}"),
        new("if", 1, 1, "{{#if cond}}…{{else}}…{{/if}}"),
        new("unless", 1, 1, "{{#unless cond}}…{{/unless}}"),
        new("with", 1, 1, "{{#with map}}…{{/with}}"),
    ];

    /// <summary>Gets the value helpers, usable as {{helper …}} or as (helper …) sub-expressions.</summary>
    public static IReadOnlyList<HelperSignature> Values { get; } =
    [
        new("and", 2, 16, "(and a b …)"),
        new("camel", 1, 1, "{{camel name}} → customerOrders"),
        new("eq", 2, 2, "(eq a b)"),
        new("indent", 2, 2, "{{indent text 4}} indents every non-empty line"),
        new("json", 1, 1, "{{json value}} → a JSON literal"),
        new("kebab", 1, 1, "{{kebab name}} → customer-orders"),
        new("lower", 1, 1, "{{lower text}}"),
        new("ne", 2, 2, "(ne a b)"),
        new("not", 1, 1, "(not a)"),
        new("or", 2, 16, "(or a b …)"),
        new("pascal", 1, 1, "{{pascal name}} → CustomerOrders"),
        new("replace", 3, 3, "{{replace text \"/\" \".\"}}"),
        new("snake", 1, 1, "{{snake name}} → customer_orders"),
        new("upper", 1, 1, "{{upper text}}"),
    ];

    /// <summary>Registers every value helper on a Handlebars environment.</summary>
    internal static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("snake", (HbContext _, Arguments a) => Naming.Snake(Text(a[0])));
        handlebars.RegisterHelper("kebab", (HbContext _, Arguments a) => Naming.Kebab(Text(a[0])));
        handlebars.RegisterHelper("pascal", (HbContext _, Arguments a) => Naming.Pascal(Text(a[0])));
        handlebars.RegisterHelper("camel", (HbContext _, Arguments a) => Naming.Camel(Text(a[0])));
        handlebars.RegisterHelper("upper", (HbContext _, Arguments a) => Text(a[0]).ToUpperInvariant());
        handlebars.RegisterHelper("lower", (HbContext _, Arguments a) => Text(a[0]).ToLowerInvariant());
        handlebars.RegisterHelper("replace", (HbContext _, Arguments a) => Text(a[0]).Replace(Text(a[1]), Text(a[2]), StringComparison.Ordinal));
        handlebars.RegisterHelper("eq", (HbContext _, Arguments a) => Same(a[0], a[1]));
        handlebars.RegisterHelper("ne", (HbContext _, Arguments a) => !Same(a[0], a[1]));
        handlebars.RegisterHelper("not", (HbContext _, Arguments a) => !Truthy(a[0]));
        handlebars.RegisterHelper("and", (HbContext _, Arguments a) => Enumerable.Range(0, a.Length).All(i => Truthy(a[i])));
        handlebars.RegisterHelper("or", (HbContext _, Arguments a) => Enumerable.Range(0, a.Length).Any(i => Truthy(a[i])));
        handlebars.RegisterHelper("indent", (HbContext _, Arguments a) => Indent(Text(a[0]), a[1]));
        handlebars.RegisterHelper("json", (HbContext _, Arguments a) => Json(a[0]));
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

    /// <summary>Tells whether a value counts as true in a condition (Handlebars rules: false, null, "", 0 and empty lists are false).</summary>
    public static bool Truthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        long l => l != 0,
        int i => i != 0,
        System.Collections.ICollection c => c.Count > 0,
        _ => true,
    };

    private static bool Same(object? left, object? right) =>
        left is null || right is null ? left is null && right is null : string.Equals(Text(left), Text(right), StringComparison.Ordinal);

    private static string Indent(string text, object? width)
    {
        var count = int.TryParse(Text(width), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 0, 64) : 0;
        var pad = new string(' ', count);
        return string.Join('\n', text.Split('\n').Select(line => line.Length == 0 ? line : pad + line));
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
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteJson(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IReadOnlyList<object?> list:
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
}
