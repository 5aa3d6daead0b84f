namespace ModuleGen.Core.Execution;

/// <summary>Names the steps every brick goes through, in order, and the statuses a step can have.</summary>
public static class RecipeSteps
{
    /// <summary>Resolve or write the brick's contract and spec (resolve_brick_specs).</summary>
    public const string Specs = "specs";

    /// <summary>Generate the brick's skeleton from its template (scaffold).</summary>
    public const string Scaffold = "scaffold";

    /// <summary>Write the code the spec asks for.</summary>
    public const string Implement = "implement";

    /// <summary>Check files against the plan (verify_files) and run the brick's tests.</summary>
    public const string Verify = "verify";

    public const string Pending = "pending";
    public const string Done = "done";
    public const string Failed = "failed";
    public const string Skipped = "skipped";

    /// <summary>Gets the steps in the order they are done.</summary>
    public static IReadOnlyList<string> All { get; } = [Specs, Scaffold, Implement, Verify];

    /// <summary>Gets the statuses record_step accepts; recording "pending" reopens a step.</summary>
    public static IReadOnlyList<string> Statuses { get; } = [Pending, Done, Failed, Skipped];

    /// <summary>Tells whether a status lets the recipe move past the step.</summary>
    public static bool IsSettled(string status) => status is Done or Skipped;
}
