namespace ModuleGen.Core.Plans;

/// <summary>Lists the stored plans, ordered by module.</summary>
/// <param name="Folder">The plans folder.</param>
/// <param name="Plans">One entry per &lt;module&gt;.json.</param>
public sealed record ListPlansResult(string Folder, IReadOnlyList<PlanListEntry> Plans);
