using System.ComponentModel;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Mcp.Tools;

namespace ModuleGen.Mcp.Resources;

/// <summary>Serves the large parts of tool results that answers link to (<see cref="LargeResults"/>).</summary>
[McpServerResourceType]
internal sealed class ResultResources(LargeResults results)
{
    [McpServerResource(UriTemplate = LargeResults.UriPrefix + "{id}", Name = "tool_result", Title = "Large tool result", MimeType = "text/plain")]
    [Description("A part of a tool result too large to answer inline (a dry run's diffs, a trace matrix), kept for this session.")]
    public ResourceContents Read(string id) =>
        results.Read(id) is { } kept
            ? new TextResourceContents { Uri = LargeResults.UriPrefix + id, MimeType = kept.MimeType, Text = kept.Text }
            : throw new McpProtocolException($"No kept result '{id}': it was forgotten or never made; call the tool again.", McpErrorCode.ResourceNotFound);
}
