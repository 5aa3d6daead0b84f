namespace ModuleGen.Core.Scaffolding;

/// <summary>Records one step of a pack migration left to the agent (Markdown instructions an update returned): whether it
/// is still to do, so later updates, update_module's check and the audit can say so until it is marked done.</summary>
/// <param name="Id">"&lt;migration id&gt;/&lt;agent step id&gt;", e.g. dg-project-layout/review-imports.</param>
/// <param name="Version">The pack version of the migration.</param>
/// <param name="Status">pending or done.</param>
public sealed record AnswersMigration(string Id, string Version, string Status)
{
    /// <summary>The status of a step still to do.</summary>
    public const string Pending = "pending";

    /// <summary>The status of a step marked done.</summary>
    public const string Done = "done";
}
