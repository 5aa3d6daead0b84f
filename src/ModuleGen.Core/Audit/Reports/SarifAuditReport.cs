using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ModuleGen.Core.Audit.Reports;

/// <summary>Renders an audit as SARIF 2.1.0 the way GitHub code scanning ingests it: the whole rule catalogue in
/// <c>tool.driver.rules</c>, one result per finding with its rule index, level and physical location.</summary>
/// <remarks>Deterministic: no timestamps, invocation records or absolute paths (locations are workspace-relative
/// under <c>%SRCROOT%</c>).</remarks>
public static class SarifAuditReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private static readonly JsonWriterOptions s_options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Renders the report; <paramref name="configSource"/> records which configuration graded the findings.</summary>
    public static string Render(AuditResult result, RuleCatalogue catalogue, string configSource)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, s_options))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaUri);
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            WriteTool(w, catalogue);
            WriteResults(w, result, catalogue);
            w.WriteStartObject("properties");
            w.WriteString("configuration", configSource);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void WriteTool(Utf8JsonWriter w, RuleCatalogue catalogue)
    {
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "ModuleGen");
        w.WriteString("semanticVersion", (typeof(SarifAuditReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0]);
        w.WriteStartArray("rules");
        foreach (var rule in catalogue.Rules)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteString("name", string.Concat(rule.Title.Split(' ', '-').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..])));
            Text(w, "shortDescription", rule.Title);
            Text(w, "fullDescription", rule.Rationale);
            Text(w, "help", rule.FixHint);
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", Level(rule.DefaultSeverity));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteResults(Utf8JsonWriter w, AuditResult result, RuleCatalogue catalogue)
    {
        var index = catalogue.Rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        w.WriteStartArray("results");
        foreach (var f in result.Findings)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", f.RuleId);
            if (index.TryGetValue(f.RuleId, out var i))
            {
                w.WriteNumber("ruleIndex", i);
            }

            w.WriteString("level", Level(f.Severity));
            Text(w, "message", $"{f.Message} Fix: {f.Recommendation}");
            if (f.File is not null)
            {
                WriteLocation(w, f);
            }

            if (f.Module is not null)
            {
                w.WriteStartObject("properties");
                w.WriteString("module", f.Module);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteLocation(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", f.File);
        w.WriteString("uriBaseId", "%SRCROOT%");
        w.WriteEndObject();
        if (f.Line is { } line)
        {
            w.WriteStartObject("region");
            w.WriteNumber("startLine", line);
            if (f.Column is { } column)
            {
                w.WriteNumber("startColumn", column);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void Text(Utf8JsonWriter w, string name, string text)
    {
        w.WriteStartObject(name);
        w.WriteString("text", text);
        w.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
