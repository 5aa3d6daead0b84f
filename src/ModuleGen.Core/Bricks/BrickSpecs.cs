namespace ModuleGen.Core.Bricks;

/// <summary>Gives one brick's contract and spec.</summary>
/// <param name="Brick">The (qualified) brick name.</param>
/// <param name="Module">The module of the plan the brick comes from.</param>
/// <param name="Contract">Its contract.</param>
/// <param name="Spec">Its implementation spec.</param>
public sealed record BrickSpecs(string Brick, string Module, BrickDocument Contract, BrickDocument Spec);
