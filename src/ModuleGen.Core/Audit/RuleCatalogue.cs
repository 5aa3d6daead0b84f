namespace ModuleGen.Core.Audit;

/// <summary>Holds every audit rule, contributed by each capability (modules, plans, registry, spec documents), in id order.</summary>
/// <remarks>Ids are unique and stable: a rule is never renumbered; a retired rule's id is not reused.</remarks>
public sealed class RuleCatalogue
{
    private readonly Dictionary<string, AuditRule> _byId;

    /// <summary>Creates a catalogue from rule lists; duplicate ids are a programmer error.</summary>
    /// <exception cref="ArgumentException">Two rules share an id.</exception>
    public RuleCatalogue(params IEnumerable<AuditRule>[] ruleSets)
    {
        _byId = ruleSets.SelectMany(r => r).ToDictionary(r => r.Id, StringComparer.Ordinal);
        Rules = _byId.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<AuditRule> Rules { get; }

    public AuditRule? Find(string id) => _byId.GetValueOrDefault(id);
}
