using System.Text.Json.Nodes;

namespace ModuleGen.Mcp.Tests.Hardening;

/// <summary>The hostile-input corpus for every tool that writes, as a table keyed by tool and argument. Each row builds
/// the arguments of one call from the workspace fixture and names the error code and pointer the refusal must carry.</summary>
/// <remarks>To cover a new writing tool (readOnlyHint false), add a <see cref="Target"/> for each of its path or name
/// arguments to <see cref="Targets"/>, or rows to <see cref="Extra"/>; <c>HostileCorpusTests.EveryWritingTool_HasRows</c>
/// fails until every writing tool has rows.</remarks>
public static class HostileCorpus
{
    /// <summary>One hostile call: the tool, the argument under attack, a label, the arguments, and the expected refusal.</summary>
    public sealed record Row(string Tool, string Argument, string Case, Func<HostileFixture, JsonObject> Arguments, string Code, string Pointer)
    {
        public override string ToString() => $"{Tool} {Argument}: {Case}";
    }

    /// <summary>A path argument of a writing tool: how to put a value into a call, and the pointer its refusal names.</summary>
    public sealed record Target(string Tool, string Argument, Func<HostileFixture, string, JsonObject> Arguments, string Pointer);

    /// <summary>Hostile path values and the path.* code the containment check must answer each with.</summary>
    public static IReadOnlyList<(string Case, Func<HostileFixture, string> Value, string Code)> Paths { get; } =
    [
        ("traversal", _ => "../outside/x", "path.outside_workspace"),
        ("traversal in the middle", _ => "modules/../../x", "path.outside_workspace"),
        ("backslash traversal", _ => "..\\x", "path.outside_workspace"),
        ("absolute outside", f => Path.Join(f.Outside, "x"), "path.outside_workspace"),
        ("absolute system", _ => "/etc/passwd", "path.outside_workspace"),
        ("NUL byte", _ => "modules/a\0b", "path.nul_byte"),
        ("symlink escape", _ => "escape/x", "path.symlink_escape"),
        ("overlong segment", _ => "modules/" + new string('a', 300), "path.too_long"),
        ("overlong path", _ => string.Join('/', Enumerable.Repeat("abcdefghij", 120)), "path.too_long"),
        ("reserved name", _ => "modules/con", "path.reserved_name"),
        ("reserved name with extension", _ => "modules/NUL.txt", "path.reserved_name"),
        ("Cyrillic look-alike", _ => "m\u043Edules/x", "path.confusable"),
        ("fullwidth slash", _ => "modules\uFF0Fx", "path.confusable"),
        ("RTL override", _ => "modules/x\u202Etxt.md", "path.confusable"),
        ("zero-width space", _ => "modules/or\u200Bders", "path.confusable"),
    ];

    /// <summary>Hostile module names and the name.* code each must be refused with.</summary>
    public static IReadOnlyList<(string Case, string Value, string Code)> Names { get; } =
    [
        ("traversal", "../x", "name.path_separator"),
        ("absolute", "/etc", "name.path_separator"),
        ("NUL byte", "or\0ders", "name.invalid_character"),
        ("overlong", new string('m', 300), "name.too_long"),
        ("reserved", "con", "name.reserved"),
        ("Cyrillic look-alike", "\u043Erders", "name.invalid_character"),
        ("fullwidth", "\uFF4Frders", "name.invalid_character"),
        ("RTL override", "ord\u202Eers", "name.invalid_character"),
    ];

    /// <summary>The path arguments of the writing tools.</summary>
    public static IReadOnlyList<Target> Targets { get; } =
    [
        new("scaffold", "target_dir", (_, v) => new() { ["template"] = "python-module", ["target_dir"] = v, ["variables"] = new JsonObject { ["module"] = "orders" } }, "/target_dir"),
        new("update_module", "target_dir", (_, v) => new() { ["target_dir"] = v }, "/target_dir"),
        new("audit_workspace", "report_path", (_, v) => new() { ["report_path"] = v }, "/report_path"),
        new("store_plan", "plan.bricks.target_dir", (_, v) => new() { ["plan"] = Plan(brick => brick["target_dir"] = v) }, "/bricks/0/target_dir"),
        new("store_plan", "plan.bricks.contract_path", (_, v) => new() { ["plan"] = Plan(brick => brick["contract_path"] = v) }, "/bricks/0/contract_path"),
        new("store_plan", "plan.bricks.spec_path", (_, v) => new() { ["plan"] = Plan(brick => brick["spec_path"] = v) }, "/bricks/0/spec_path"),
    ];

    /// <summary>Name and value rows that are not plain paths. The linked-registry rows turn the shared fixture's
    /// workspace.yaml into a link that leaves the workspace for the length of the row.</summary>
    public static IReadOnlyList<Row> Extra { get; } =
    [
        .. Names.Select(n => new Row("store_plan", "plan.module", n.Case, _ => new() { ["plan"] = Plan(module: n.Value) }, n.Code, "/module")),
        .. Names.Select(n => new Row("record_step", "module", n.Case, _ => Step(module: n.Value), n.Code, "/module")),
        .. Names.Select(n => new Row("update_module", "module", n.Case, _ => new() { ["module"] = n.Value }, n.Code, "/module")),
        new("update_module", "conflict", "unknown style", _ => new() { ["target_dir"] = "modules/x", ["conflict"] = "theirs" }, "argument.invalid", "/conflict"),
        .. Names.Select(n => new Row("resolve_brick_specs", "module", n.Case, _ => new() { ["module"] = n.Value, ["create_missing"] = true }, n.Code, "/module")),
        new("record_step", "brick", "traversal", _ => Step(brick: "../../etc/passwd"), "brick.unknown", "/brick"),
        new("record_step", "note", "overlong", _ => Step(note: new string('n', 5000)), "recipe.note_too_long", "/note"),
        new("record_step", "status", "NUL byte", _ => Step(status: "done\0"), "recipe.status_unknown", "/status"),
        new("resolve_brick_specs", "stored plan", "hand-edited traversal", f => f.WithHandEditedPlan("../outside/evil.md"), "path.outside_workspace", "/bricks/0/contract_path"),
        new("scaffold", "template", "traversal", _ => new() { ["template"] = "../../etc", ["target_dir"] = "modules/x" }, "template.not_found", "/template"),
        new("scaffold", "template", "absolute", _ => new() { ["template"] = "/etc/passwd", ["target_dir"] = "modules/x" }, "template.not_found", "/template"),
        new("scaffold", "variables.module", "traversal", _ => new() { ["template"] = "python-module", ["target_dir"] = "modules/x", ["variables"] = new JsonObject { ["module"] = "../../x" } }, "scaffold.variable_pattern", "/variables/module"),
        new("scaffold", "addons", "traversal", _ => new() { ["template"] = "dagster-module", ["target_dir"] = "modules/x", ["variables"] = new JsonObject { ["module"] = "x" }, ["addons"] = new JsonArray("../x") }, "scaffold.addon_unknown", "/addons/0"),
        new("scaffold", "on_conflict", "unknown", _ => new() { ["template"] = "python-module", ["target_dir"] = "modules/x", ["variables"] = new JsonObject { ["module"] = "x" }, ["on_conflict"] = "../x" }, "argument.invalid", "/on_conflict"),
        new("audit_workspace", "module", "traversal", _ => new() { ["module"] = "../x", ["report_path"] = "report.md" }, "audit.unknown_module", "/module"),
        new("audit_workspace", "format", "unknown", _ => new() { ["format"] = "../x", ["report_path"] = "report.md" }, "argument.invalid", "/format"),
        .. Names.Select(n => new Row("workspace_add", "module", n.Case, _ => new() { ["module"] = n.Value }, n.Code, "/module")),
        .. Names.Select(n => new Row("workspace_remove", "module", n.Case, _ => new() { ["module"] = n.Value }, n.Code, "/module")),
        .. Names.Select(n => new Row("configure_deployment", "module", n.Case, _ => Deployment(module: n.Value), n.Code, "/module")),
        new("configure_deployment", "name", "traversal", _ => Deployment(name: "../../etc/cron.d/x"), "deploy.name_invalid", "/name"),
        new("configure_deployment", "name", "absolute", _ => Deployment(name: "/etc/cron.d/x"), "deploy.name_invalid", "/name"),
        new("configure_deployment", "name", "NUL byte", _ => Deployment(name: "prod\0"), "deploy.name_invalid", "/name"),
        new("configure_deployment", "name", "RTL override", _ => Deployment(name: "prod\u202E"), "deploy.name_invalid", "/name"),
        new("configure_deployment", "settings.host", "shell injection", _ => Deployment(host: "h; rm -rf /"), "deploy.setting_invalid", "/settings/host"),
        new("configure_deployment", "settings.path", "shell injection", _ => Deployment(path: "/opt/x'; touch /tmp/pwned; '"), "deploy.setting_invalid", "/settings/path"),
        new("workspace_add", "registry file", "symlink escape", f => f.WithLinkedRegistry(new() { ["module"] = "shop" }), "path.symlink_escape", "/config/registry/files/0"),
        new("workspace_remove", "registry file", "symlink escape", f => f.WithLinkedRegistry(new() { ["module"] = "shop" }), "path.symlink_escape", "/config/registry/files/0"),
        new("workspace_sync", "registry file", "symlink escape", f => f.WithLinkedRegistry([]), "path.symlink_escape", "/config/registry/files/0"),
    ];

    /// <summary>Every row: each hostile path against each path argument, then the extra rows.</summary>
    public static IReadOnlyList<Row> All { get; } =
    [
        .. Targets.SelectMany(t => Paths.Select(p => new Row(t.Tool, t.Argument, p.Case, f => t.Arguments(f, p.Value(f)), p.Code, t.Pointer))),
        .. Extra,
    ];

    /// <summary>A valid plan for module 'orders' with one brick, optionally altered.</summary>
    public static JsonObject Plan(Action<JsonObject>? brick = null, string module = "orders")
    {
        var first = new JsonObject
        {
            ["name"] = "api",
            ["description"] = "The orders API.",
            ["contract_path"] = "docs/api.contract.md",
            ["spec_path"] = "docs/api.impl_spec.md",
            ["target_dir"] = "modules/orders/api",
            ["type"] = "python_module",
        };
        brick?.Invoke(first);
        return new JsonObject { ["module"] = module, ["bricks"] = new JsonArray(first) };
    }

    private static JsonObject Deployment(string module = "shop", string name = "production", string host = "deploy.example.com", string? path = null) =>
        new() { ["module"] = module, ["name"] = name, ["strategy"] = "rsync", ["settings"] = path is null ? new JsonObject { ["host"] = host } : new JsonObject { ["host"] = host, ["path"] = path } };

    private static JsonObject Step(string module = "orders", string brick = "api", string status = "done", string? note = null) =>
        new() { ["module"] = module, ["brick"] = brick, ["step"] = "specs", ["status"] = status, ["note"] = note };
}
