namespace ModuleGen.Core.Scaffolding;

/// <summary>Holds .modulegen-answers.yaml: how a folder was scaffolded (pack, version, variables, add-ons) and a hash
/// per generated file and injected block, and the named deployments configure_deployment wrote, all sorted, so the
/// module can be verified, audited and re-generated.</summary>
/// <param name="Pack">Pack name.</param>
/// <param name="Version">Pack version.</param>
/// <param name="Variables">Variable values as text, sorted by name; whole numbers and booleans keep their type in the YAML.</param>
/// <param name="Addons">Chosen add-ons, sorted.</param>
/// <param name="Files">Target-relative path → "sha256:&lt;hex&gt;" of the generated content, sorted by path.</param>
/// <param name="Injections">Injected blocks, sorted by target then marker.</param>
public sealed record AnswersFile(
    string Pack,
    string Version,
    IReadOnlyList<KeyValuePair<string, object?>> Variables,
    IReadOnlyList<string> Addons,
    IReadOnlyList<KeyValuePair<string, string>> Files,
    IReadOnlyList<AnswersInjection> Injections)
{
    public const string FileName = Context.PortScanner.AnswersFileName;

    /// <summary>Gets the named deployments, sorted by name (the section is left out of the file when there are none).</summary>
    public IReadOnlyList<AnswersDeployment> Deployments { get; init; } = [];

    /// <summary>Gets the steps of pack migrations left to the agent, sorted by id (the section is left out of the file when
    /// there are none).</summary>
    public IReadOnlyList<AnswersMigration> Migrations { get; init; } = [];

    /// <summary>Gets every file ModuleGen generated in the folder: the pack's files and the deployments' files.</summary>
    public IEnumerable<KeyValuePair<string, string>> AllFiles => Files.Concat(Deployments.SelectMany(d => d.Files));
}
