using System.Text.Json.Nodes;

namespace ModuleGen.Mcp.Tests.Hardening;

/// <summary>One kind of write the crash harness interrupts (<see cref="CrashSafetyTests"/>): the workspace it starts
/// from, the calls one trial streams before the kill, and the check that every file it owns is a complete version.</summary>
/// <remarks>Add a scenario for another writing tool by implementing this and listing it in <c>CrashSafetyTests.All</c>.</remarks>
public interface ICrashScenario
{
    string Name { get; }

    /// <summary>How many kill trials the scenario runs.</summary>
    int Trials { get; }

    /// <summary>Tells whether the workspace holds a mix of two versions of one module (checked after the next start has
    /// repaired interrupted commits); scenarios without module versions answer false.</summary>
    bool IsMixed(TempWorkspace workspace) => false;

    /// <summary>Writes the starting state and computes the set of complete versions each file may hold.</summary>
    void Prepare(TempWorkspace workspace);

    /// <summary>Returns the calls of one trial; <paramref name="current"/> answers read-only calls made first (the
    /// server of this trial is up and has answered its probe).</summary>
    Task<IReadOnlyList<(string Tool, JsonObject Arguments)>> CallsAsync(Random random, Func<string, JsonObject, Task<System.Text.Json.JsonElement>> current);

    /// <summary>Returns every problem: a file that is not one of its complete versions, a file that should not exist,
    /// or a temp/staging leftover inside content folders.</summary>
    IReadOnlyList<string> Verify(TempWorkspace workspace);
}
