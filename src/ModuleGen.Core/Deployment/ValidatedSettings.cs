namespace ModuleGen.Core.Deployment;

/// <summary>Holds settings that passed validation: the pack variables they override, and how they are recorded and shown.</summary>
/// <param name="Overrides">Pack variable → value for rendering the deploy templates.</param>
/// <param name="Recorded">The settings as given (normalised), sorted by key, for the answers file.</param>
/// <param name="Shown">The same as text (lists joined by spaces), for the result.</param>
public sealed record ValidatedSettings(
    IReadOnlyDictionary<string, object?> Overrides,
    IReadOnlyList<KeyValuePair<string, object?>> Recorded,
    IReadOnlyDictionary<string, string> Shown);
