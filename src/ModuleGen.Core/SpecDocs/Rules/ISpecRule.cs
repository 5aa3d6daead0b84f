using ModuleGen.Core.Audit;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>Is one MG1xx rule over a module's spec documents.</summary>
internal interface ISpecRule
{
    AuditRule Rule { get; }

    /// <summary>Returns the rule's findings at its default severity, each with file and line.</summary>
    IEnumerable<Finding> Check(SpecGraph graph);
}
