namespace ModuleGen.Core.Updating;

/// <summary>Is a step of a pack migration left to the agent: what to do, in Markdown rendered with the module's answers.
/// It stays pending in the answers file until update_module is called with its id in <c>done</c>.</summary>
/// <param name="Id">"&lt;migration id&gt;/&lt;agent step id&gt;", e.g. dg-project-layout/review-imports.</param>
/// <param name="Version">The pack version of the migration.</param>
/// <param name="Migration">The migration's one-line description.</param>
/// <param name="Instructions">What to do (Markdown); empty when the pack no longer describes the step.</param>
public sealed record PendingMigration(string Id, string Version, string Migration, string Instructions);
