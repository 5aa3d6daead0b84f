using System.Text;
using System.Text.Json;
using ModuleGen.Core.Json;

namespace ModuleGen.Core.Plans;

/// <summary>Writes a plan in its canonical form: UTF-8, indented two spaces, LF line endings and a final LF, keys in
/// the model's order with unknown fields after the known ones in their original order.</summary>
/// <remarks>Canonical bytes are what is stored and what the revision hashes, so re-serialising a loaded plan gives
/// the same bytes.</remarks>
public static class PlanJson
{
    private static readonly JsonSerializerOptions s_canonical = CreateOptions();

    /// <summary>Returns the canonical bytes of <paramref name="plan"/>.</summary>
    public static byte[] Canonical(ModulePlan plan)
    {
        var json = JsonSerializer.Serialize(plan, s_canonical.GetTypeInfo(typeof(ModulePlan)));
        return Encoding.UTF8.GetBytes(json + "\n");
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonDefaults.Options)
        {
            WriteIndented = true,
            IndentSize = 2,
            IndentCharacter = ' ',
            NewLine = "\n",
        };
        options.MakeReadOnly();
        return options;
    }
}
