using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Formats;

/// <summary>Describes one spec-document format to the rules, gates and allocator: its words for each element, where
/// each element is defined and how it is cited, and what the format asks of its documents. The rules work on the
/// model and take every format-specific word and policy from here, so one rule serves every format.</summary>
public abstract class SpecFormat
{
    /// <summary>Gets the intent-driven module pipeline (INTENT_*.md, TASKS.md, CHANGELOG.md).</summary>
    public static SpecFormat ModulePipeline { get; } = new ModulePipelineFormat();

    /// <summary>Gets spec-kit (<c>specs/NNN-feature/</c>: spec.md, plan.md, tasks.md).</summary>
    public static SpecFormat SpecKit { get; } = new SpecKitFormat();

    /// <summary>Gets Kiro (<c>.kiro/specs/feature/</c>: requirements.md, design.md, tasks.md).</summary>
    public static SpecFormat Kiro { get; } = new KiroFormat();

    /// <summary>Gets OpenSpec (<c>openspec/</c>: specs/, changes/, changes/archive/).</summary>
    public static SpecFormat OpenSpec { get; } = new OpenSpecFormat();

    /// <summary>Gets every format, in the order detection tries them.</summary>
    public static IReadOnlyList<SpecFormat> All { get; } = [ModulePipeline, SpecKit, Kiro, OpenSpec];

    /// <summary>Gets the format's name on the wire and in modulegen.yaml (<c>spec-kit</c>).</summary>
    public abstract string Name { get; }

    /// <summary>Gets the format's name in prose (<c>spec-kit</c>, <c>Kiro</c>).</summary>
    public abstract string Title { get; }

    /// <summary>Gets the workflow's steps in order; check_gate's step N is <c>Steps[N - 1]</c>.</summary>
    public abstract IReadOnlyList<string> Steps { get; }

    /// <summary>Gets the documents a complete set of this format holds, for the "missing" list.</summary>
    public abstract IReadOnlyList<(SpecDocumentKind Kind, string File)> StandardDocuments { get; }

    /// <summary>Gets the document kinds whose job is to define requirements, scenarios or tasks: one that yields none
    /// was not understood.</summary>
    public abstract IReadOnlySet<SpecDocumentKind> DefiningDocuments { get; }

    /// <summary>Gets the kinds that need a scenario (cited by one, or holding one).</summary>
    public virtual IReadOnlySet<IdKind> NeedScenario { get; } = new HashSet<IdKind>();

    /// <summary>Gets the kinds a task must cite (criterion level where the format has criteria).</summary>
    public virtual IReadOnlySet<IdKind> NeedTask { get; } = new HashSet<IdKind>();

    /// <summary>Gets, per kind, the normative keywords of which a definition must use one.</summary>
    public virtual IReadOnlyDictionary<IdKind, IReadOnlyList<string>> Normative { get; } = new Dictionary<IdKind, IReadOnlyList<string>>();

    /// <summary>Gets the kinds the format numbers in sequence (gaps and order are reported).</summary>
    public virtual IReadOnlySet<IdKind> Numbered { get; } = new HashSet<IdKind>();

    /// <summary>Gets the next_id kinds: the word a caller passes and the kind it allocates.</summary>
    public abstract IReadOnlyDictionary<string, IdKind> IdKinds { get; }

    /// <summary>Gets the document kind that holds the scenarios; requirement coverage by scenarios is checked once it exists.</summary>
    public abstract SpecDocumentKind ScenarioDocument { get; }

    /// <summary>Gets the document kind that holds the tasks; coverage by tasks is checked once it exists.</summary>
    public abstract SpecDocumentKind TaskDocument { get; }

    /// <summary>Names an element in a message: the ID as written where it names itself (<c>FR-003</c>), else with the
    /// format's noun (<c>acceptance criterion 1.2</c>).</summary>
    public virtual string Label(IdKind kind, string written) => written;

    /// <summary>Returns the noun for a kind (<c>acceptance criterion</c>).</summary>
    public abstract string Noun(IdKind kind);

    /// <summary>Returns the document that defines a kind (<c>requirements.md</c>).</summary>
    public abstract string Owner(IdKind kind);

    /// <summary>Returns the kind of document that defines a kind (its absence explains every citation of the kind).</summary>
    public virtual SpecDocumentKind OwnerKind(IdKind kind) => kind == IdKind.Task ? TaskDocument : ScenarioDocument;

    /// <summary>Returns how to make a task cite an element (the fix for uncovered requirements).</summary>
    public abstract string CiteHint(IdKind kind, string written);

    /// <summary>Returns how to give an element a scenario.</summary>
    public virtual string ScenarioHint(string label) => $"Add a scenario for {label}.";

    /// <summary>Returns how to write the missing scenario steps (<c>'- **WHEN** …'</c>).</summary>
    public virtual string StepHint(IReadOnlyList<string> missing) => string.Join(" and ", missing.Select(m => $"'- **{m}** …'"));

    /// <summary>Says that an element has no scenario.</summary>
    public virtual string NoScenario(string label) => $"{Capital(label)} has no {Noun(IdKind.Scenario)}.";

    /// <summary>Says which steps a scenario lacks.</summary>
    public virtual string MissingSteps(string label, IReadOnlyList<string> missing) => $"{Capital(label)} has no {string.Join(" or ", missing)} step.";

    /// <summary>Says how to state an element with a normative keyword.</summary>
    public virtual string NormativeHint(string label, IReadOnlyList<string> keywords) => $"State {label} with {string.Join(" or ", keywords)}.";

    /// <summary>Says how the format's reader finds elements in a document of a kind (the hint when it found none).</summary>
    public abstract string Expects(SpecDocumentKind kind);

    /// <summary>Formats a new ID of a kind for next_id: <paramref name="number"/> (and <paramref name="minor"/> under a parent).</summary>
    public abstract string FormatNew(IdKind kind, int number, int minor, int width, string prefix);

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>Returns the format of a name (<c>spec-kit</c>), or null.</summary>
    public static SpecFormat? Named(string? name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Returns a text with its first letter in capitals (a label opening a sentence).</summary>
    public static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Returns a set of kinds (for the policy properties).</summary>
    protected static IReadOnlySet<T> Set<T>(params T[] items) => new HashSet<T>(items);

    /// <summary>Returns a zero-padded number.</summary>
    protected static string Pad(int number, int width) => number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width, '0');
}
