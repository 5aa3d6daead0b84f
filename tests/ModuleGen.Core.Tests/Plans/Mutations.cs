using System.Text.Json.Nodes;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Plans;

/// <summary>Names one broken rule per key and applies it to a valid three-brick chain plan (b0 ← b1 ← b2).</summary>
internal static class Mutations
{
    public static void Apply(string rule, JsonObject plan)
    {
        var b0 = plan.BrickAt(0);
        var b1 = plan.BrickAt(1);
        var b2 = plan.BrickAt(2);
        switch (rule)
        {
            case "module_missing": plan.Remove("module"); break;
            case "bricks_missing": plan.Remove("bricks"); break;
            case "bricks_not_array": plan["bricks"] = "loader"; break;
            case "bricks_empty": plan["bricks"] = new JsonArray(); break;
            case "brick_not_object": plan["bricks"]![1] = "b1"; b2.Remove("depends_on"); break;
            case "name_missing": b2.Remove("name"); break;
            case "description_missing": b2.Remove("description"); break;
            case "description_empty": b2["description"] = ""; break;
            case "contract_path_missing": b2.Remove("contract_path"); break;
            case "spec_path_missing": b2.Remove("spec_path"); break;
            case "target_dir_missing": b2.Remove("target_dir"); break;
            case "type_missing": b2.Remove("type"); break;
            case "name_number": b1["name"] = 5; b2.Remove("depends_on"); break;
            case "created_at_number": plan["created_at"] = 20250917; break;
            case "depends_on_string": b1["depends_on"] = "b0"; break;
            case "depends_on_item_number": b1["depends_on"] = new JsonArray(0); break;
            case "variables_array": b0["variables"] = new JsonArray(1); break;
            case "template_null": b0["template"] = null; break;
            case "type_unknown": b1["type"] = "rust_crate"; break;
            case "name_duplicate": b2["name"] = "b1"; b2["depends_on"] = new JsonArray("b0"); break;
            case "name_uppercase": Rename(b1, b2, "Loader"); break;
            case "name_dash": Rename(b1, b2, "my-brick"); break;
            case "name_leading_underscore": Rename(b1, b2, "_private"); break;
            case "name_dot": Rename(b1, b2, "store.loader"); break;
            case "name_too_long": Rename(b1, b2, new string('a', 65)); break;
            case "name_keyword": Rename(b1, b2, "class"); break;
            case "module_leading_digit": plan["module"] = "1orders"; break;
            case "module_not_snake": plan["module"] = "Orders"; break;
            case "target_dir_shared": b2["target_dir"] = b1["target_dir"]!.GetValue<string>(); break;
            case "target_dir_shared_after_normalising": b2["target_dir"] = "modules/orders/x/../b1/"; break;
            case "target_dir_traversal": b1["target_dir"] = "../escape"; break;
            case "contract_path_absolute": b0["contract_path"] = "/etc/passwd"; break;
            case "spec_path_nul": b0["spec_path"] = "ai_working/a\0.md"; break;
            case "file_traversal": b0["files"] = new JsonArray("core.py", "../../../../../etc/passwd"); break;
            case "file_absolute": b0["files"] = new JsonArray("core.py", "/etc/passwd"); break;
            case "file_leaves_target": b0["files"] = new JsonArray("core.py", "../b1/core.py"); break;
            case "subplan_outside": b0["plan"] = "../other/plan.json"; break;
            case "subplan_missing": b0["plan"] = "ai_working/module_generator/plans/nowhere.json"; break;
            case "dependency_unknown": b1["depends_on"] = new JsonArray("b0", "ghost"); break;
            case "dependency_cycle": b0["depends_on"] = new JsonArray("b2"); break;
            case "dependency_self": b1["depends_on"] = new JsonArray("b1"); break;
            case "description_too_long": b0["description"] = new string('x', 100_000); break;
            case "extension_too_long": plan["notes"] = new JsonArray(new string('x', 70_000)); break;
            case "too_many_bricks": plan["bricks"] = SamplePlans.Chain(1001)["bricks"]!.DeepClone(); break;
            default: throw new ArgumentOutOfRangeException(nameof(rule), rule, "unknown rule");
        }
    }

    private static void Rename(JsonObject brick, JsonObject dependent, string name)
    {
        brick["name"] = name;
        dependent["depends_on"] = new JsonArray(name);
    }
}
