using ModuleGen.Core.Common;
using ModuleGen.Core.Markers;

namespace ModuleGen.Core.Registry;

/// <summary>Is one registry file read for listing and validation: its marker blocks and its entries, each entry marked
/// managed (inside a block), hand-edited (its block's content no longer matches the recorded hash) and traced to a module.</summary>
/// <param name="File">The file.</param>
/// <param name="Markers">Its marker blocks (empty when the file does not exist).</param>
/// <param name="Entries">Its entries, or why it cannot be read.</param>
internal sealed record RegistrySnapshot(RegistryFile File, MarkerScan Markers, Result<IReadOnlyList<RegistryEntry>> Entries)
{
    public static RegistrySnapshot Of(RegistryFile file, ModuleIndex index)
    {
        if (file.Text is null)
        {
            return new RegistrySnapshot(file, new MarkerScan([], []), Result<IReadOnlyList<RegistryEntry>>.Ok([]));
        }

        var markers = MarkerBlock.Scan(file.Text, file.Kind.Comment);
        var entries = file.Kind.Read(file.Path.RelativePath, file.Text).Map(list => (IReadOnlyList<RegistryEntry>)list.Select(e =>
        {
            var region = markers.Regions.FirstOrDefault(r => r.Contains(e.Line));
            var managed = region is null ? e : e with { Managed = true, Marker = region.Id, HandEdited = region.IsEdited };
            return managed with { Module = index.ModuleOf(managed) };
        }).ToArray());
        return new RegistrySnapshot(file, markers, entries);
    }

    public RegistryFileSummary Summary => new(File.Path.RelativePath, File.Kind.Kind, File.Text is not null, Entries.IsOk ? Entries.Value.Count : 0, Markers.Regions.Count)
    {
        Reason = File.Reason,
        Editable = File.Kind.Editable,
    };

    /// <summary>Gets the entries, or none when the file cannot be read.</summary>
    public IReadOnlyList<RegistryEntry> EntriesOrNone => Entries.IsOk ? Entries.Value : [];
}
