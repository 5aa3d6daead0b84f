using ModuleGen.Core.Templates;

namespace ModuleGen.Core.Updating;

/// <summary>Says how a generated module stands against its pack, the same way for update_module's check and the audit
/// (MG017).</summary>
public enum ModuleState
{
    /// <summary>The pack's version is the recorded one and renders, from the recorded answers, what the answers record.</summary>
    Current,

    /// <summary>The pack has a newer version than the one the module was generated from.</summary>
    Outdated,

    /// <summary>Same version, but the pack now renders other files or other content from the recorded answers (it was
    /// changed without a new version).</summary>
    Drifted,

    /// <summary>The module could not be checked (an unreadable answers file, a missing pack, values the pack refuses).</summary>
    Failed,
}

/// <summary>Decides a module's <see cref="ModuleState"/> from its recorded version and hashes and the pack's render.</summary>
public static class PackFreshness
{
    /// <summary>Returns <see cref="ModuleState.Outdated"/> when the pack is newer, else <see cref="ModuleState.Drifted"/> when
    /// the files rendered from the recorded answers (target-relative path → hash) differ from the recorded ones, else
    /// <see cref="ModuleState.Current"/>.</summary>
    public static ModuleState Of(string recordedVersion, string packVersion, IEnumerable<KeyValuePair<string, string>> rendered, IEnumerable<KeyValuePair<string, string>> recorded)
    {
        if (PackVersions.IsOlder(recordedVersion, packVersion))
        {
            return ModuleState.Outdated;
        }

        var now = rendered.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var then = recorded.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        return now.Count == then.Count && now.All(f => then.TryGetValue(f.Key, out var hash) && hash == f.Value) ? ModuleState.Current : ModuleState.Drifted;
    }
}
