using ModuleGen.Core.Common;
using ModuleGen.Core.Context;
using ModuleGen.Core.Modules;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Updating;
using ModuleGen.Core.Verification;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Audit.Modules;

/// <summary>Audits one module: for its own folder and every folder its stored plan's bricks target that ModuleGen
/// generated, the pack's checklist (MG001), answers drift (MG002, MG003), unrendered tokens (MG006), an older pack version (MG017) and agent stubs
/// (MG016); then the plan against the files through verify_files (MG004–MG006, MG015). An answers file that cannot be evaluated is MG013.</summary>
public sealed class ModuleAuditCheck(ModuleGenWorkspace workspace, GeneratedModules modules, PlanStore plans, FileVerifier verifier) : IAuditCheck
{
    private volatile AuditScope? _scope;

    /// <inheritdoc/>
    public IReadOnlyList<AuditRule> Rules { get; } =
        [ModuleRules.Checklist, ModuleRules.FileEdited, ModuleRules.FileDeleted, ModuleRules.PlannedMissing, ModuleRules.Unplanned, ModuleRules.UnrenderedTokens, ModuleRules.AnswersUnusable,
         ModuleRules.DocumentUnfilled, ModuleRules.AgentStubLeft, ModuleRules.PackOutdated, ModuleRules.MigrationPending, ModuleRules.ConflictUnresolved];

    /// <inheritdoc/>
    public void BeginAudit() => _scope = null;

    /// <inheritdoc/>
    public IReadOnlyList<Finding> Run(string? module)
    {
        var scope = _scope ??= new AuditScope(modules.Session(), ModuleLocator.Find(workspace));
        if (module is null)
        {
            return scope.Folders.IsOk ? scope.Folders.Value.Select(f => f.Name).Distinct(StringComparer.Ordinal).SelectMany(Run).ToArray() : [];
        }

        var findings = new List<Finding>();
        foreach (var unit in Units(scope, module))
        {
            if (!unit.IsOk)
            {
                findings.Add(Unusable(module, unit.Errors[0]));
                continue;
            }

            var context = scope.Session.Context(unit.Value);
            if (!context.IsOk)
            {
                findings.Add(Unusable(module, context.Errors[0]) with { File = unit.Value.AnswersPath });
            }
            else
            {
                // A module from an older major version has that version's layout: the new checklist would only report
                // its files as missing (dagster-module 2 moved everything under src/), so it waits for update_module.
                var sameMajor = PackVersions.SameMajor(unit.Value.Answers.Version, context.Value.Pack.Manifest.Version);
                if (sameMajor)
                {
                    findings.AddRange(ChecklistRunner.Run(context.Value, unit.Value).Select(f => f with { Module = module }));
                }

                if (Behind(unit.Value, context.Value, sameMajor) is { } behind)
                {
                    findings.Add(behind with { Module = module });
                }
            }

            findings.AddRange(unit.Value.Answers.Migrations.Where(m => m.Status == AnswersMigration.Pending).Select(m =>
                new Finding(ModuleRules.MigrationPending.Id, ModuleRules.MigrationPending.DefaultSeverity,
                    $"'{unit.Value.AnswersPath}' records the migration step '{m.Id}' ({unit.Value.Answers.Pack} {m.Version}) for the agent as not done.", ModuleRules.MigrationPending.FixHint)
                { Module = module, File = unit.Value.AnswersPath }));
            findings.AddRange(AnswersDrift.Run(workspace, unit.Value, context.IsOk ? context.Value : null).Select(f => f with { Module = module }));
        }

        // What the answers already reported (tokens and stubs in generated files) is not reported again from the plan's side.
        var reported = findings.Where(f => f.RuleId == ModuleRules.UnrenderedTokens.Id || f.RuleId == ModuleRules.AgentStubLeft.Id).Select(f => (f.RuleId, f.File)).ToHashSet();
        findings.AddRange(PlanDrift.Run(verifier, module).Where(f => !reported.Contains((f.RuleId, f.File))));
        return findings;
    }

    // Where the module stands against its pack, decided as update_module's check decides it (PackFreshness): a newer
    // version, or the recorded version rendering other files than the answers record.
    private static Finding? Behind(GeneratedModule unit, ScaffoldContext context, bool sameMajor)
    {
        var available = context.Pack.Manifest.Version;
        var state = PackVersions.IsOlder(unit.Answers.Version, available) ? ModuleState.Outdated
            : PackFreshness.Of(unit.Answers.Version, available, FilePlanner.RenderedHashes(context), unit.Answers.Files);
        var message = state switch
        {
            ModuleState.Outdated => $"'{unit.AnswersPath}' records pack '{unit.Answers.Pack}' {unit.Answers.Version}; version {available} is available" +
                (sameMajor ? "." : "; the new major version's checklist is not applied to it until update_module brings the module to that version."),
            ModuleState.Drifted => $"'{unit.AnswersPath}' records pack '{unit.Answers.Pack}' {unit.Answers.Version}, which now renders other files than the answers record (the pack changed without a new version).",
            _ => null,
        };
        return message is null ? null : new Finding(ModuleRules.PackOutdated.Id, ModuleRules.PackOutdated.DefaultSeverity, message, ModuleRules.PackOutdated.FixHint) { File = unit.AnswersPath, Line = 3 };
    }

    // The module's own folder, then the target dirs of its stored plan's bricks: each that holds an answers file.
    private IEnumerable<Result<GeneratedModule>> Units(AuditScope scope, string module)
    {
        var folders = scope.PathsByName[module].ToList();
        if (ModuleNameParser.Parse(module).IsOk && plans.LoadStored(module) is { IsOk: true } stored)
        {
            folders.AddRange(stored.Value.Plan.Bricks.Select(b => b.TargetDir.Replace('\\', '/').TrimEnd('/')));
        }

        // Every pack that generated into a folder has its own answers file; each is audited.
        foreach (var folder in folders.Distinct(StringComparer.Ordinal))
        {
            foreach (var read in modules.ReadFolderAll(module, folder, "/module"))
            {
                yield return read;
            }
        }
    }

    private static Finding Unusable(string module, ToolError error) =>
        new(ModuleRules.AnswersUnusable.Id, ModuleRules.AnswersUnusable.DefaultSeverity, error.Message, ModuleRules.AnswersUnusable.FixHint)
        {
            Module = module,
            File = error.Location?.File ?? error.Found,
            Line = error.Location?.Line,
        };

    private sealed record AuditScope(ModuleModelSession Session, Result<IReadOnlyList<ExistingModule>> Folders)
    {
        // Each module's folders, in the order found: looked up once per module, not searched for (5,000 modules made
        // that search a tenth of a whole-workspace audit).
        public ILookup<string, string> PathsByName { get; } = (Folders.IsOk ? Folders.Value : []).ToLookup(f => f.Name, f => f.Path, StringComparer.Ordinal);
    }
}
