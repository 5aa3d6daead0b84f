using System.Globalization;
using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Trace;

namespace ModuleGen.Core.SpecDocs.Gates;

/// <summary>Evaluates the conditions of each workflow step over a parsed document set, its check_docs findings (at the
/// severity in force) and the module's code scan.</summary>
internal sealed class GateConditions(DocumentSet set, IReadOnlyList<Finding> findings, SourceScan? scan, int threshold)
{
    /// <summary>How many error findings a failed condition lists; check_docs lists them all.</summary>
    private const int ListedErrors = 20;

    private static readonly SpecDocumentKind[] s_actual = [SpecDocumentKind.ActualDesign, SpecDocumentKind.ActualRequirements, SpecDocumentKind.ActualScenarios];

    private static readonly SpecDocumentKind[] s_implementation = [SpecDocumentKind.Tasks, .. s_actual, SpecDocumentKind.IntentVsActual];

    public IReadOnlyList<GateCheck> For(int step, int phase, CoverageSummary? coverage) => step switch
    {
        1 => [Present(SpecDocumentKind.IntentDesign), NoErrors(step, [SpecDocumentKind.IntentDesign])],
        2 => [Present(SpecDocumentKind.IntentDesign), Present(SpecDocumentKind.IntentRequirements), Present(SpecDocumentKind.IntentScenarios), DesignCrossReferenced(),
            NoErrors(step, [SpecDocumentKind.IntentDesign, SpecDocumentKind.IntentRequirements, SpecDocumentKind.IntentScenarios])],
        3 => [.. Implementation(phase), NoErrors(step, s_implementation)],
        4 => [.. Delivery(coverage), NoErrors(step, [SpecDocumentKind.Changelog])],
        _ => [.. Implementation(phase), .. Delivery(coverage), NoErrors(step, [.. s_implementation, SpecDocumentKind.Changelog])],
    };

    private IReadOnlyList<GateCheck> Implementation(int phase) =>
        [Present(SpecDocumentKind.Tasks), PhaseTasksChecked(phase), ActualDocsPresent(), Present(SpecDocumentKind.IntentVsActual), LaterPhaseStubs(phase)];

    private IReadOnlyList<GateCheck> Delivery(CoverageSummary? coverage) =>
        coverage is null ? [Present(SpecDocumentKind.Changelog)] : [Present(SpecDocumentKind.Changelog), Coverage(coverage)];

    /// <summary>A document counts as present only when it says something: an empty file, or one holding only headings
    /// and template placeholders, is a scaffold, not a delivery.</summary>
    private GateCheck Present(SpecDocumentKind kind)
    {
        var name = SpecDocumentNames.FileName(kind);
        var key = name[..^3].ToLowerInvariant() + "_present";
        return set.Find(kind) switch
        {
            { HasContent: true } doc => new GateCheck(key, true, $"{doc.File} is present."),
            { } doc => new GateCheck(key, false, $"{doc.File} is empty or holds only headings and placeholders."),
            null => new GateCheck(key, false, $"{name} is missing from {set.Folder}."),
        };
    }

    /// <summary>The gate agrees with check_docs: an error-level finding in a document the step delivers fails it.</summary>
    private GateCheck NoErrors(int step, IReadOnlyList<SpecDocumentKind> kinds)
    {
        var files = kinds.Select(set.Find).OfType<SpecDocument>().Select(d => d.File).ToHashSet(StringComparer.Ordinal);
        var errors = findings.Where(f => f.Severity == Severity.Error && f.File is not null && files.Contains(f.File)).ToArray();
        var listed = string.Join(" ", errors.Take(ListedErrors).Select(f => $"{f.File}:{f.Line} {f.RuleId}: {f.Message}"));
        var more = errors.Length > ListedErrors ? $" … and {errors.Length - ListedErrors} more (check_docs lists them all)." : "";
        return new GateCheck("step_documents_without_errors", errors.Length == 0, errors.Length == 0
            ? $"check_docs reports no error in the documents of step {step}."
            : $"check_docs reports {errors.Length} error(s) in the documents of step {step}: {listed}{more}");
    }

    private GateCheck DesignCrossReferenced()
    {
        var design = set.Find(SpecDocumentKind.IntentDesign);
        var count = design?.References.Where(r => r.Id.Kind is IdKind.Requirement or IdKind.Scenario).Select(r => r.Id).Distinct().Count() ?? 0;
        return new GateCheck("design_cross_referenced", count > 0, count > 0
            ? $"The design cites {count} distinct module requirement or scenario ID(s)."
            : "The design cites no module requirement or scenario (step 2.2 adds the cross-references).");
    }

    private GateCheck PhaseTasksChecked(int phase)
    {
        var phased = set.Tasks.Any(t => t.Section is not null);
        var tasks = set.Tasks.Where(t => phased ? t.Section?.Number == phase : phase == 1).ToArray();
        if (tasks.Length == 0)
        {
            return new GateCheck("phase_tasks_checked", false, $"TASKS.md has no tasks for phase {phase}.");
        }

        var open = tasks.Where(t => !t.IsDone).Select(t => t.Name).ToArray();
        return new GateCheck("phase_tasks_checked", open.Length == 0, open.Length == 0
            ? $"All {tasks.Length} task(s) of phase {phase} are checked off."
            : $"Phase {phase} has unchecked task(s): {string.Join(", ", open)}.");
    }

    /// <summary>The ACTUAL documents count only when they say something: three empty files are not a record of what was built.</summary>
    private GateCheck ActualDocsPresent()
    {
        var missing = s_actual.Where(k => !set.Has(k)).Select(SpecDocumentNames.FileName).ToArray();
        var empty = s_actual.Where(k => set.Has(k) && !set.Holds(k)).Select(k => set.Find(k)!.File).ToArray();
        var problems = missing.Select(m => $"{m} is missing").Concat(empty.Select(e => $"{e} is empty or holds only headings and placeholders")).ToArray();
        return new GateCheck("actual_docs_present", problems.Length == 0, problems.Length == 0
            ? "ACTUAL_DESIGN.md, ACTUAL_REQUIREMENTS.md and ACTUAL_SCENARIOS.md are present."
            : $"Actual document(s) not delivered: {string.Join("; ", problems)}.");
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
        var spelling = new IdSpelling(set);
        var missing = later.Where(n => !stubbed.Contains(n)).Select(n => $"TODO({spelling.Name(new SpecId(IdKind.Phase, n))})").ToArray();
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
