namespace ModuleGen.Core.Execution;

/// <summary>Confirms a recorded step and says what to do next.</summary>
/// <param name="Entry">The event appended to the run log.</param>
/// <param name="LogPath">The run log.</param>
/// <param name="Brick">The brick's steps after the record.</param>
/// <param name="Next">The first pending or failed step of the recipe now, or null when everything is done.</param>
public sealed record RecordStepResult(RunLogEntry Entry, string LogPath, BrickProgress Brick, NextStep? Next);
