using ModuleGen.Core.Common;
using ModuleGen.Core.Templates;

namespace ModuleGen.Core.Updating;

/// <summary>Names the pack an update renders, for callers that describe its variables (the MCP adapter's form for
/// values the update lacks).</summary>
public sealed partial class UpdateService
{
    /// <summary>Returns the pack an update of <paramref name="request"/> renders: the one its answers file records.</summary>
    public Result<TemplatePack> PackOf(UpdateRequest request) =>
        Folder(request).Then(folder => Recorded(folder, request.Template)).Then(recorded => catalogue.Find(recorded.Pack, "/template"));
}
