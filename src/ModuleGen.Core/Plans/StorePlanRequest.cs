using System.Text.Json;

namespace ModuleGen.Core.Plans;

/// <summary>Asks to store a plan, optionally only if the stored plan is still at a given revision.</summary>
/// <param name="Plan">The plan object, or a JSON string holding it.</param>
/// <param name="ExpectedRevision">The revision the caller last saw (from load_plan or list_plans), or null when
/// creating a plan.</param>
public sealed record StorePlanRequest(JsonElement Plan, string? ExpectedRevision);
