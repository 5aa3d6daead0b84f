namespace ModuleGen.Core.Bricks;

/// <summary>Asks where each brick's contract and spec are, optionally creating skeletons for the missing ones.</summary>
/// <param name="Module">The module whose stored plan lists the bricks.</param>
/// <param name="CreateMissing">True to write a skeleton for every missing document (existing ones are never touched).</param>
public sealed record ResolveBrickSpecsRequest(string? Module, bool CreateMissing);
