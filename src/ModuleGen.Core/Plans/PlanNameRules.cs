using System.Text.RegularExpressions;
using ModuleGen.Core.Common;
using ModuleGen.Core.Context;

namespace ModuleGen.Core.Plans;

/// <summary>Checks the plan's names: the module name (valid and already snake_case), brick names (identifiers,
/// unique), and brick types (known).</summary>
/// <remarks>A brick name must match <c>^[a-z][a-z0-9_]*$</c> and be at most 64 characters: it becomes a Python
/// package, a folder and a file name (&lt;brick&gt;.contract.md), so it must be portable and importable. A leading
/// '_' is refused (it would make a private package), and Python keywords and Windows device names are refused as
/// they are for module names. '.' is never part of a name, which keeps expanded sub-plan names ("store.loader")
/// unambiguous.</remarks>
internal static partial class PlanNameRules
{
    public static void Check(ModulePlan plan, List<ToolError> errors)
    {
        CheckModule(plan.Module, errors);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Bricks.Count; i++)
        {
            var brick = plan.Bricks[i];
            if (brick.Name.Length > 0)
            {
                CheckBrickName(brick.Name, i, errors);
                if (!first.TryAdd(brick.Name, i))
                {
                    errors.Add(ToolError.Create(ErrorCodes.PlanBrickDuplicate, PlanPointer.Brick(i, "name"),
                        $"Brick {i} is named '{brick.Name}', like brick {first[brick.Name]}; brick names must be unique.",
                        "Rename one of them; depends_on, next_steps and record_step refer to bricks by name.").WithFound(brick.Name));
                }
            }

            if (brick.Type.Length > 0 && !BrickTypes.Known.Contains(brick.Type, StringComparer.Ordinal))
            {
                errors.Add(ToolError.Create(ErrorCodes.PlanTypeUnknown, PlanPointer.Brick(i, "type"),
                    $"Brick {i} has the unknown type '{Preview.Of(brick.Type)}'.", PlanFieldHints.Type).WithFound(brick.Type));
            }
        }
    }

    /// <summary>Tells whether a brick name has the identifier shape (not yet checked for keywords).</summary>
    public static bool IsIdentifier(string name) => name.Length <= PlanLimits.MaxNameLength && Identifier().IsMatch(name);

    private static void CheckModule(string module, List<ToolError> errors)
    {
        if (module.Length == 0)
        {
            return;
        }

        var parsed = ModuleNameParser.Parse(module, "/module");
        if (!parsed.IsOk)
        {
            errors.AddRange(parsed.Errors);
        }
        else if (!string.Equals(parsed.Value.Snake, module, StringComparison.Ordinal))
        {
            errors.Add(ToolError.Create(ErrorCodes.PlanModuleNotSnake, "/module",
                $"The module name '{module}' is not in snake_case; the plan file, folders and packages use '{parsed.Value.Snake}'.",
                $"Set 'module' to \"{parsed.Value.Snake}\".").WithFound(module));
        }
    }

    private static void CheckBrickName(string name, int index, List<ToolError> errors)
    {
        var pointer = PlanPointer.Brick(index, "name");
        if (!IsIdentifier(name))
        {
            var words = Naming.SplitWords(new string(name.Where(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '_').ToArray()));
            var suggestion = words.Count > 0 && char.IsAsciiLetter(words[0][0]) ? $" e.g. \"{string.Join('_', words)}\"" : "";
            errors.Add(ToolError.Create(ErrorCodes.PlanBrickNameInvalid, pointer,
                $"The brick name '{Preview.Of(name)}' is not an identifier (a lowercase letter, then lowercase letters, digits or '_', at most {PlanLimits.MaxNameLength} characters).",
                $"Rename the brick{suggestion}; it becomes a package, folder and file name.").WithFound(name));
            return;
        }

        var parsed = ModuleNameParser.Check(name, pointer);
        if (!parsed.IsOk)
        {
            errors.AddRange(parsed.Errors);
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex Identifier();
}
