using System.Globalization;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Trace;

namespace ModuleGen.Core.SpecDocs.Gates;

/// <summary>Evaluates the conditions of each workflow step over a parsed document set and the module's code scan.</summary>
internal sealed class GateConditions(DocumentSet set, SourceScan? scan, int threshold)
{
    private static readonly SpecDocumentKind[] s_actual = [SpecDocumentKind.ActualDesign, SpecDocumentKind.ActualRequirements, SpecDocumentKind.ActualScenarios];

    public IReadOnlyList<GateCheck> For(int step, int phase, CoverageSummary? coverage) => step switch
    {
        1 => [Present(SpecDocumentKind.IntentDesign)],
        2 => [Present(SpecDocumentKind.IntentDesign), Present(SpecDocumentKind.IntentRequirements), Present(SpecDocumentKind.IntentScenarios), DesignCrossReferenced(), DesignReferencesResolve()],
        3 => Implementation(phase),
        4 => Delivery(coverage),
        _ => [.. Implementation(phase), .. Delivery(coverage)],
    };

    private IReadOnlyList<GateCheck> Implementation(int phase) =>
        [Present(SpecDocumentKind.Tasks), PhaseTasksChecked(phase), ActualDocsPresent(), Present(SpecDocumentKind.IntentVsActual), LaterPhaseStubs(phase)];

    private IReadOnlyList<GateCheck> Delivery(CoverageSummary? coverage) =>
        coverage is null ? [Present(SpecDocumentKind.Changelog)] : [Present(SpecDocumentKind.Changelog), Coverage(coverage)];

    private GateCheck Present(SpecDocumentKind kind)
    {
        var name = SpecDocumentNames.FileName(kind);
        var key = name[..^3].ToLowerInvariant() + "_present";
        return set.Find(kind) is { } doc
            ? new GateCheck(key, true, $"{doc.File} is present.")
            : new GateCheck(key, false, $"{name} is missing from {set.Folder}.");
    }

    private GateCheck DesignCrossReferenced()
    {
        var design = set.Find(SpecDocumentKind.IntentDesign);
        var count = design?.References.Count(r => r.Id.Kind is IdKind.Requirement or IdKind.Scenario) ?? 0;
        return new GateCheck("design_cross_referenced", count > 0, count > 0
            ? $"The design cites {count} module requirement or scenario ID(s)."
            : "The design cites no module requirement or scenario (step 2.2 adds the cross-references).");
    }

    private GateCheck DesignReferencesResolve()
    {
        var design = set.Find(SpecDocumentKind.IntentDesign);
        var broken = SpecDocsAuditCheck.Check(set)
            .Where(f => f.File == design?.File && f.RuleId is "MG101" or "MG104")
            .Select(f => $"line {f.Line}: {f.Message}")
            .ToArray();
        return new GateCheck("design_references_resolve", broken.Length == 0, broken.Length == 0
            ? "Every ID the design cites is defined."
            : $"The design has {broken.Length} broken reference(s): {string.Join(" ", broken)}");
    }

    private GateCheck PhaseTasksChecked(int phase)
    {
        var phased = set.Tasks.Any(t => t.Section is not null);
        var tasks = set.Tasks.Where(t => phased ? t.Section?.Number == phase : phase == 1).ToArray();
        if (tasks.Length == 0)
        {
            return new GateCheck("phase_tasks_checked", false, $"TASKS.md has no tasks for phase {phase}.");
        }

        var open = tasks.Where(t => !t.IsDone).Select(t => t.Id.Text).ToArray();
        return new GateCheck("phase_tasks_checked", open.Length == 0, open.Length == 0
            ? $"All {tasks.Length} task(s) of phase {phase} are checked off."
            : $"Phase {phase} has unchecked task(s): {string.Join(", ", open)}.");
    }

    private GateCheck ActualDocsPresent()
    {
        var missing = s_actual.Where(k => !set.Has(k)).Select(SpecDocumentNames.FileName).ToArray();
        return new GateCheck("actual_docs_present", missing.Length == 0, missing.Length == 0
            ? "ACTUAL_DESIGN.md, ACTUAL_REQUIREMENTS.md and ACTUAL_SCENARIOS.md are present."
            : $"Missing actual document(s): {string.Join(", ", missing)}.");
    }

    private GateCheck LaterPhaseStubs(int phase)
    {
        var later = set.DesignPhases.Select(p => p.Number)
            .Concat(set.Documents.Where(d => d.Kind is SpecDocumentKind.IntentScenarios or SpecDocumentKind.Tasks).SelectMany(d => d.Phases).Select(p => p.Number))
            .Where(n => n > phase).Distinct().Order().ToArray();
        if (later.Length == 0)
        {
            return new GateCheck("later_phase_stubs", true, $"No phase after phase {phase} is planned.");
        }

        var stubbed = (scan?.References ?? []).Where(r => r.IsTodo).Select(r => r.Id.Number).ToHashSet();
        var missing = later.Where(n => !stubbed.Contains(n)).Select(n => $"TODO({new SpecId(IdKind.Phase, n).Format(set.Prefix)})").ToArray();
        return new GateCheck("later_phase_stubs", missing.Length == 0, missing.Length == 0
            ? $"Every later phase ({string.Join(", ", later)}) has a TODO stub in the code."
            : $"No stub in the module's code for: {string.Join(", ", missing)}.");
    }

    private GateCheck Coverage(CoverageSummary coverage)
    {
        var percent = coverage.Percent.ToString("0.##", CultureInfo.InvariantCulture);
        return new GateCheck("line_coverage", coverage.Percent >= threshold, coverage.Percent >= threshold
            ? $"Line coverage {percent}% meets the {threshold}% threshold ({coverage.File})."
            : $"Line coverage {percent}% is below the {threshold}% threshold ({coverage.File}).");
    }
}
