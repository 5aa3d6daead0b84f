using ModuleGen.Core.Common;
using ModuleGen.Core.Registry;

namespace ModuleGen.Core.Audit.Modules;

/// <summary>Audits the workspace registry once per workspace audit, through workspace_validate: entries pointing at
/// missing modules (MG007), duplicate locations (MG008), hand-edited blocks (MG009), modules not registered (MG010),
/// port collisions (MG011) and unreadable files or broken markers (MG014).</summary>
public sealed class RegistryAuditCheck(WorkspaceRegistryService registry) : IAuditCheck
{
    private static readonly Dictionary<string, AuditRule> s_byCode = new(StringComparer.Ordinal)
    {
        [ErrorCodes.RegistryEntryModuleMissing] = ModuleRules.EntryModuleMissing,
        [ErrorCodes.RegistryLocationDuplicate] = ModuleRules.DuplicateLocation,
        [ErrorCodes.RegistryProjectDuplicate] = ModuleRules.DuplicateLocation,
        [ErrorCodes.RegistryBlockEdited] = ModuleRules.BlockEdited,
        [ErrorCodes.RegistryNotRegistered] = ModuleRules.NotRegistered,
        [ErrorCodes.RegistryPortCollision] = ModuleRules.PortCollision,
        [ErrorCodes.RegistryFileInvalid] = ModuleRules.RegistryBroken,
        [ErrorCodes.RegistryMarkerBroken] = ModuleRules.RegistryBroken,
        [ErrorCodes.RegistryEntryInvalid] = ModuleRules.RegistryBroken,
    };

    /// <inheritdoc/>
    public IReadOnlyList<AuditRule> Rules { get; } =
        [ModuleRules.EntryModuleMissing, ModuleRules.DuplicateLocation, ModuleRules.BlockEdited, ModuleRules.NotRegistered, ModuleRules.PortCollision, ModuleRules.RegistryBroken];

    /// <inheritdoc/>
    /// <remarks>Registry findings concern the workspace as a whole; they come from <see cref="RunWorkspace"/> (with the module named where there is one).</remarks>
    public IReadOnlyList<Finding> Run(string? module) => module is null ? RunWorkspace() : [];

    /// <inheritdoc/>
    public IReadOnlyList<Finding> RunWorkspace()
    {
        var validated = registry.Validate();
        if (!validated.IsOk)
        {
            return validated.Errors.Select(e => new Finding(ModuleRules.RegistryBroken.Id, ModuleRules.RegistryBroken.DefaultSeverity, e.Message, e.Hint)
            {
                File = e.Location?.File ?? e.Found,
                Line = e.Location?.Line,
            }).ToArray();
        }

        return validated.Value.Findings.Where(f => s_byCode.ContainsKey(f.Code)).Select(f => new Finding(s_byCode[f.Code].Id, f.Severity, f.Message, f.Hint)
        {
            Module = f.Module,
            File = f.File,
            Line = f.Line,
        }).ToArray();
    }
}
