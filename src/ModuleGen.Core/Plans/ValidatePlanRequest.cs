using System.Text.Json;

namespace ModuleGen.Core.Plans;

/// <summary>Asks to validate a plan without storing it.</summary>
/// <param name="Plan">The plan object, or a JSON string holding it.</param>
public sealed record ValidatePlanRequest(JsonElement Plan);
