namespace ModuleGen.Core.Updating;

/// <summary>Reports how far a check or an update of many modules has got: module <see cref="Done"/> of
/// <see cref="Total"/>, which one, and how it came out (its state, "updated", "conflicts" …).</summary>
public sealed record UpdateProgress(int Done, int Total, string Module, string Outcome);
