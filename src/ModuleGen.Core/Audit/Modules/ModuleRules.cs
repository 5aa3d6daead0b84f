namespace ModuleGen.Core.Audit.Modules;

/// <summary>Lists the MG0xx rules: generated modules (pack checklist, answers drift, plan drift, unrendered tokens,
/// unfilled skeletons and agent stubs),
/// the workspace registry, ports and stored plans. Ids are stable; docs/audit-rules.md has the same table.</summary>
public static class ModuleRules
{
    public static readonly AuditRule Checklist = new("MG001", "Pack checklist item fails", Severity.Warning,
        "The pack that generated a module declares what the module must keep (files, patterns); a failing item means the module drifted from what the pack guarantees. The finding carries the item's own severity.",
        "Restore what the checklist item describes, or scaffold the pack over the module again with on_conflict: merge (keeps your lines and the pack's, marking overlaps).");

    public static readonly AuditRule FileEdited = new("MG002", "Generated file edited", Severity.Info,
        "The file no longer has the content its answers file records; edits are normal, but a re-scaffold will report them as conflicts.",
        "Nothing to do if the edit is intended: update_module merges later pack versions with it.");

    public static readonly AuditRule FileDeleted = new("MG003", "Generated file deleted", Severity.Warning,
        "A file the pack generated (and the answers file records) is gone, so the module may no longer work as generated.",
        "Re-scaffold the module to restore it, or remove it from the module deliberately and re-scaffold to update the answers file.");

    public static readonly AuditRule PlannedMissing = new("MG004", "Planned file or document missing", Severity.Error,
        "verify_files: a brick's target folder, an expected file, its contract or its spec is missing or empty.",
        "Run verify_files for the module and create what it lists (resolve_brick_specs writes document skeletons).");

    public static readonly AuditRule Unplanned = new("MG005", "Unplanned file", Severity.Info,
        "verify_files: a file in a brick's folder that neither the plan, the answers file nor the pack's conventions expect.",
        "If the brick needs it, add it to the brick's files in the plan (a revised plan keeps the steps done); else remove it.");

    public static readonly AuditRule UnrenderedTokens = new("MG006", "Unrendered template tokens", Severity.Error,
        "A file the pack generated still holds a template tag ('{{ name }}'): a template variable was never rendered.",
        "Re-scaffold with the missing variable, or replace the token by hand.");

    public static readonly AuditRule EntryModuleMissing = new("MG007", "Registry entry points at a missing module", Severity.Error,
        "A workspace.yaml / dg.toml entry (or a ModuleGen block) points at a module or path that no longer exists; Dagster fails to load the workspace.",
        "Run workspace_sync (or workspace_remove for the module) to drop ModuleGen's blocks; fix hand-written entries by hand.");

    public static readonly AuditRule DuplicateLocation = new("MG008", "Duplicate location name or project", Severity.Error,
        "Two registry entries declare the same code location name, or dg.toml lists a project twice; Dagster refuses duplicate locations.",
        "Give each entry its own location_name, or remove the duplicate.");

    public static readonly AuditRule BlockEdited = new("MG009", "Managed registry block edited by hand", Severity.Warning,
        "A ModuleGen marker block no longer matches the hash its start marker records; ModuleGen keeps it and will not update it.",
        "Move the edit outside the marker block and run workspace_add again, or restore the block from .modulegen/backups/.");

    public static readonly AuditRule NotRegistered = new("MG010", "Module asked for registration but is not registered", Severity.Warning,
        "The module's answers file chose the workspace add-on, but no registry file registers it, so Dagster does not load it.",
        "Run workspace_add for the module (or workspace_sync).");

    public static readonly AuditRule PortCollision = new("MG011", "Port claimed twice", Severity.Error,
        "Two modules (or a module and another file: docker compose, .env) claim one port; one of the servers will fail to start.",
        "Give one of them another port and run workspace_add again.");

    public static readonly AuditRule PlanInvalid = new("MG012", "Stored plan no longer validates", Severity.Error,
        "A stored plan was edited by hand (or the rules changed) and fails validate_plan; the recipe and verify_files cannot use it.",
        "load_plan shows the problems; fix them and store the plan again with store_plan.");

    public static readonly AuditRule AnswersUnusable = new("MG013", "Answers file cannot be evaluated", Severity.Warning,
        "The module's answers file is unreadable, names a pack that is gone, or holds values the pack refuses, so the checklist and drift checks cannot run.",
        "Restore the answers file or the pack, or re-scaffold the module.");

    public static readonly AuditRule RegistryBroken = new("MG014", "Registry file unreadable or marker broken", Severity.Error,
        "A registry file does not parse, a ModuleGen marker block is broken, or registry.files cannot be read; nothing in it can be checked or edited safely.",
        "Fix the file at the line given (one start and one end marker line per block).");

    public static readonly AuditRule DocumentUnfilled = new("MG015", "Brick document still a skeleton", Severity.Error,
        "verify_files: a brick's contract or spec still holds the fill-in marker TODO(modulegen) that ModuleGen's skeletons carry, so the brick is built against placeholders.",
        "Replace every line holding TODO(modulegen) in the document with the brick's real content (the module's contract and spec say what it is).");

    public static readonly AuditRule AgentStubLeft = new("MG016", "Agent stub left in generated code", Severity.Warning,
        "A file the pack generated still holds a TODO(modulegen) stub: a part the pack left for the agent to write.",
        "Implement what the stub asks for and delete the TODO(modulegen) line.");

    public static readonly AuditRule PackOutdated = new("MG017", "Module behind its pack", Severity.Info,
        "The answers file records an older version of the pack than the one available, or the pack at the recorded version now renders other files than the answers record (it changed without a new version), so the module lacks the pack's later changes. update_module's check lists the same modules.",
        "Run update_module for the module (dry_run=true first): it merges the new version with your edits.");

    public static readonly AuditRule MigrationPending = new("MG018", "Agent migration step not done", Severity.Warning,
        "An update ran a pack migration that left a step to the agent (Markdown instructions), and the step has not been marked done, so the module may be half migrated.",
        "Do what the step's instructions say (update_module returns them in pending_migrations), then call update_module with the step's id in done.");

    public static readonly AuditRule ConflictUnresolved = new("MG019", "Unresolved conflict markers", Severity.Error,
        "A generated file still holds conflict markers (<<<<<<<, =======, >>>>>>>) an update left, so it is not valid code; a further update of the module is refused until they are resolved.",
        "Keep the right lines and delete the marker lines (and the ||||||| base section of a diff3 conflict).");

    /// <summary>Gets every MG0xx rule, in id order.</summary>
    public static IReadOnlyList<AuditRule> All { get; } =
    [
        Checklist, FileEdited, FileDeleted, PlannedMissing, Unplanned, UnrenderedTokens, EntryModuleMissing,
        DuplicateLocation, BlockEdited, NotRegistered, PortCollision, PlanInvalid, AnswersUnusable, RegistryBroken,
        DocumentUnfilled, AgentStubLeft, PackOutdated, MigrationPending, ConflictUnresolved,
    ];
}
