using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Reads the project's global requirements file: every <c>REQ-N</c> written in it (outside code blocks) counts as defined.</summary>
internal static class GlobalRequirementsParser
{
    public static IReadOnlySet<int> Parse(string text, string file)
    {
        var builder = new DocumentBuilder(SpecDocumentKind.IntentRequirements, file, new IdTokenizer("GLOBAL"));
        return SpecMarkdown.Parse(text).SelectMany(builder.Tokens)
            .Where(t => t.Id.Kind == IdKind.GlobalRequirement)
            .Select(t => t.Id.Number)
            .ToHashSet();
    }
}
