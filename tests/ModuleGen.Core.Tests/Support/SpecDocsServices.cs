using ModuleGen.Core.SpecDocs;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Support;

/// <summary>Opens a workspace and builds the spec-document services over it, as the server composes them.</summary>
internal sealed class SpecDocsServices
{
    public SpecDocsServices(string root)
    {
        var opened = ModuleGenWorkspace.Open(root);
        opened.IsOk.Should().BeTrue(string.Join("; ", opened.Errors.Select(e => e.Message)));
        Workspace = opened.Value;
        Loader = new DocumentSetLoader(Workspace);
        Checker = new SpecDocsChecker(Workspace, Loader);
    }

    public ModuleGenWorkspace Workspace { get; }

    public DocumentSetLoader Loader { get; }

    public SpecDocsChecker Checker { get; }

    /// <summary>Formats a finding as a fixture's findings block lists it: RULE severity FILE:LINE.</summary>
    public static string Format(ModuleGen.Core.Audit.Finding f) => $"{f.RuleId} {f.Severity.ToString().ToLowerInvariant()} {f.File}:{f.Line}";
}
