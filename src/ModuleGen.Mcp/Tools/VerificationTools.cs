using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Verification;

namespace ModuleGen.Mcp.Tools;

/// <summary>Exposes the Verification capability: plan against files.</summary>
[McpServerToolType]
internal sealed class VerificationTools(FileVerifier verifier)
{
    [McpServerTool(Name = "verify_files", Title = "Verify files", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(VerifyFilesResult))]
    [Description("Checks a module's files against its stored plan: files exist, no template tag or TODO(modulegen) left, docs filled in; runs dg check defs if the user allowed it.")]
    public CallToolResult VerifyFiles(
        [Description("Module name.")] string module,
        [Description("One brick (as next_steps names it); omit for every brick.")] string? brick = null,
        [Description("true: list passing checks too.")] bool detail = false,
        CancellationToken cancellationToken = default) =>
        ToolResultMapper.Map(verifier.Verify(new VerifyFilesRequest(module, brick, detail), cancellationToken), Summarise);

    private static string NotRun(VerifyFilesResult r) =>
        string.Join("; ", r.Bricks.SelectMany(b => b.Checks).Where(c => c.Status == VerificationCheck.NotRun).Select(c => c.Detail).Distinct().Take(2));

    private static string Summarise(VerifyFilesResult r)
    {
        var failed = r.Bricks.SelectMany(b => b.Checks.Where(c => c.Status == VerificationCheck.Failed).Select(c => $"{b.Brick}: {c.Check} {c.Path} ({c.Code})")).Take(10).ToArray();
        return $"'{r.Module}': {r.Summary.BricksPassed}/{r.Summary.Bricks} brick(s) passed; {r.Summary.Passed} check(s) passed, {r.Summary.Failed} failed, {r.Summary.Warnings} warning(s)" +
               (r.Summary.NotRun == 0 ? "." : $", {r.Summary.NotRun} not run ({NotRun(r)}).") +
               (failed.Length == 0 ? "" : " Failed: " + string.Join("; ", failed) + (r.Summary.Failed > failed.Length ? "; …" : "") + ".");
    }
}
