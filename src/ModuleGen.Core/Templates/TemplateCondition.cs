using ModuleGen.Core.Common;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace ModuleGen.Core.Templates;

/// <summary>Is a manifest <c>condition:</c>, a Scriban expression over the template model (e.g.
/// <c>addons.postgresql || addons.mysql</c>, <c>addons["deploy-git"] &amp;&amp; deploy_name != ""</c>), parsed once
/// when the pack loads.</summary>
public sealed class TemplateCondition
{
    private static readonly LexerOptions s_expressionOnly = new() { Mode = ScriptMode.ScriptOnly };

    private readonly Template _parsed;

    private TemplateCondition(string text, Template parsed, SourceLocation? location)
    {
        Text = text;
        _parsed = parsed;
        Location = location;
    }

    /// <summary>Gets the condition as written.</summary>
    public string Text { get; }

    /// <summary>Gets where the condition is written in the manifest.</summary>
    public SourceLocation? Location { get; }

    /// <summary>Gets the add-on when the whole condition is one add-on test (<c>addons.x</c> or <c>addons["x"]</c>), else null.</summary>
    public string? SoleAddon => Body is { } body ? AddonOf(body) : null;

    private ScriptExpression? Body => _parsed.Page?.Body?.Statements is [ScriptExpressionStatement { Expression: { } expression }] ? expression : null;

    /// <summary>Parses <paramref name="text"/>; an error names the manifest's line and column.</summary>
    public static Result<TemplateCondition> Parse(string text, string manifestLabel, SourceLocation? location, string pointer)
    {
        var parsed = Template.Parse(text, manifestLabel, lexerOptions: s_expressionOnly);
        var source = new TemplateSource(manifestLabel, text, location);
        if (parsed.HasErrors)
        {
            var message = parsed.Messages.First(m => m.Type == ParserMessageType.Error);
            return Invalid(pointer, $"The condition '{Preview.Of(text)}' is not a Scriban expression: {message.Message}", text,
                ScribanTemplateEngine.Locate(source, message.Span));
        }

        var condition = new TemplateCondition(text, parsed, location);
        return condition.Body is null
            ? Invalid(pointer, $"The condition '{Preview.Of(text)}' must be one expression.", text, location)
            : Result<TemplateCondition>.Ok(condition);
    }

    /// <summary>Reports every name the condition reads that the pack does not declare: globals must be variables (or
    /// the model's addons, pack and target_dir), and <c>addons.x</c> must name an add-on.</summary>
    public IEnumerable<ToolError> Undeclared(PackManifest manifest, string pointer)
    {
        var variables = manifest.Variables.Select(v => v.Name).Concat(ManifestVariablesReader.ReservedNames).ToHashSet(StringComparer.Ordinal);
        var addons = manifest.Addons.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        var names = TemplateNames.Of(_parsed.Page!);
        foreach (var read in names.Reads.Where(r => !variables.Contains(r.Name) && !TemplateSandbox.IsBuiltin(r.Name)))
        {
            yield return Unknown(pointer, read.Name, $"'{read.Name}', which is neither a variable of the pack nor addons, pack, target_dir or sibling_pins", variables);
        }

        foreach (var addon in AddonsNamed(_parsed.Page!).Where(a => !addons.Contains(a)))
        {
            yield return Unknown(pointer, addon, $"the add-on '{addon}', which the pack does not declare", addons);
        }
    }

    /// <summary>Evaluates the condition in the template sandbox; a value that is not a boolean counts as Scriban counts it (null is false).</summary>
    public Result<bool> Evaluate(IReadOnlyDictionary<string, object?> model, string manifestLabel)
    {
        using var budget = TemplateSandbox.StartRender();
        var context = TemplateSandbox.Create(model, null, budget.Token);
        try
        {
            return Result<bool>.Ok(context.ToBool(default, _parsed.Evaluate(context)));
        }
        catch (ScriptRuntimeException ex)
        {
            return ScribanTemplateEngine.Refused(new TemplateSource(manifestLabel, Text, Location), ex);
        }
    }

    private ToolError Unknown(string pointer, string name, string what, IEnumerable<string> known) =>
        ToolError.Create(ErrorCodes.TemplateConditionInvalid, pointer, $"The condition '{Preview.Of(Text)}' names {what}.",
            $"Use one of: {string.Join(", ", known.Order(StringComparer.Ordinal))}.") with { Found = name, Location = Location };

    private static ToolError Invalid(string pointer, string message, string text, SourceLocation? location) =>
        ToolError.Create(ErrorCodes.TemplateConditionInvalid, pointer, message,
            "Write a Scriban expression over the model, e.g. 'addons.postgresql || addons.mysql' or 'addons[\"deploy-git\"] && deploy_name != \"\"'.") with { Found = text, Location = location };

    private static string? AddonOf(ScriptNode node) => node switch
    {
        ScriptMemberExpression { Target: ScriptVariableGlobal { Name: "addons" }, Member: { } member } => member.Name,
        ScriptIndexerExpression { Target: ScriptVariableGlobal { Name: "addons" }, Index: ScriptLiteral { Value: string name } } => name,
        _ => null,
    };

    private static IEnumerable<string> AddonsNamed(ScriptNode root)
    {
        var finder = new AddonFinder();
        root.Accept(finder);
        return finder.Found;
    }

    /// <summary>Collects every <c>addons.x</c> and <c>addons["x"]</c> of an expression.</summary>
    private sealed class AddonFinder : ScriptVisitor
    {
        public List<string> Found { get; } = [];

        public override void Visit(ScriptMemberExpression node)
        {
            Add(node);
            base.Visit(node);
        }

        public override void Visit(ScriptIndexerExpression node)
        {
            Add(node);
            base.Visit(node);
        }

        private void Add(ScriptNode node)
        {
            if (AddonOf(node) is { } addon)
            {
                Found.Add(addon);
            }
        }
    }
}
