using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG116: documents cite global REQ-N requirements but the global requirements file does not exist.</summary>
internal sealed class GlobalFileMissingRule : ISpecRule
{
    public AuditRule Rule { get; } = new("MG116", "Global requirements file missing", Severity.Warning,
        "Global REQ-N references cannot be checked without the project's requirements file.",
        "Create the file named by docs.global_requirements in modulegen.yaml, or point that setting at the existing file.");

    public IEnumerable<Finding> Check(SpecGraph graph)
    {
        if (graph.Set.GlobalRequirements is not null)
        {
            return [];
        }

        var first = graph.Set.Documents.SelectMany(d => d.References.Where(r => r.Id.Kind == IdKind.GlobalRequirement && CrossReferenceTable.Allows(d.Kind, r.Id.Kind))).FirstOrDefault();
        return first is null
            ? []
            : [graph.At(Rule, first, $"{first.Text} (and any other REQ-N) cannot be checked: {graph.Set.GlobalFile} does not exist.",
                $"Create {graph.Set.GlobalFile} with the project's global requirements, or set docs.global_requirements in modulegen.yaml.")];
    }
}
