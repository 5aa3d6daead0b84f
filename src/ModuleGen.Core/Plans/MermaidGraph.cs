using System.Text;

namespace ModuleGen.Core.Plans;

/// <summary>Renders bricks and their dependencies as a Mermaid flowchart (arrows run from a dependency to the brick
/// that needs it), deterministically: nodes in the given order, edges in dependency order.</summary>
public static class MermaidGraph
{
    /// <summary>Returns the Mermaid text, LF-terminated lines.</summary>
    public static string Render(IReadOnlyList<MermaidNode> nodes)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = new StringBuilder("graph TD\n");
        for (var i = 0; i < nodes.Count; i++)
        {
            ids.TryAdd(nodes[i].Name, $"b{i}");
            text.Append($"  b{i}[\"{Escape(nodes[i].Name)}<br/>{Escape(nodes[i].Detail)}\"]\n");
        }

        for (var i = 0; i < nodes.Count; i++)
        {
            foreach (var dependency in nodes[i].DependsOn.Distinct(StringComparer.Ordinal))
            {
                if (ids.TryGetValue(dependency, out var from))
                {
                    text.Append($"  {from} --> b{i}\n");
                }
            }
        }

        return text.ToString();
    }

    private static string Escape(string label) =>
        label.Replace("\"", "#quot;", StringComparison.Ordinal).Replace("<", "#lt;", StringComparison.Ordinal).Replace(">", "#gt;", StringComparison.Ordinal);
}
