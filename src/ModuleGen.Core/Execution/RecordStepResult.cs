namespace ModuleGen.Core.Execution;

/// <summary>Confirms a recorded step and says what to do next.</summary>
/// <param name="Entry">The event appended to the run log.</param>
/// <param name="LogPath">The run log.</param>
/// <param name="BrickComplete">True when every step of the brick is now done or skipped.</param>
/// <param name="Next">The first pending or failed step of the recipe now, or null when everything is done.</param>
/// <remarks>The brick's other steps are next_steps' business: a record answers with what it did and what is next.</remarks>
public sealed record RecordStepResult(RunLogEntry Entry, string LogPath, bool BrickComplete, NextStep? Next);
