namespace ModuleGen.Core.Execution;

/// <summary>Gives one brick's place in the recipe and the status of each of its steps.</summary>
/// <param name="Brick">The (qualified) brick name.</param>
/// <param name="Type">The brick's type.</param>
/// <param name="TargetDir">Where its code goes.</param>
/// <param name="DependsOn">The bricks it needs first.</param>
/// <param name="Steps">Its steps in order.</param>
/// <param name="Complete">True when every step is done or skipped.</param>
public sealed record BrickProgress(string Brick, string Type, string TargetDir, IReadOnlyList<string> DependsOn, IReadOnlyList<StepState> Steps, bool Complete);
