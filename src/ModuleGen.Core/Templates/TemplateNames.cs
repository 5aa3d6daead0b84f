using Scriban.Parsing;
using Scriban.Syntax;

namespace ModuleGen.Core.Templates;

/// <summary>Lists the global names a parsed template reads (with where) and the names it defines itself (assignments,
/// loop variables, functions, captures), so every model name it needs can be checked before it runs.</summary>
internal sealed class TemplateNames : ScriptVisitor
{
    private readonly List<(string Name, SourceSpan Span)> _reads = [];
    private readonly HashSet<string> _assigned = new(StringComparer.Ordinal);
    private int _insideWith;

    private TemplateNames()
    {
    }

    /// <summary>Gets the names read from the globals, in template order.</summary>
    public IReadOnlyList<(string Name, SourceSpan Span)> Reads => _reads;

    /// <summary>Gets the names the template assigns itself.</summary>
    public IReadOnlySet<string> Assigned => _assigned;

    public static TemplateNames Of(ScriptNode node)
    {
        var names = new TemplateNames();
        node.Accept(names);
        return names;
    }

    public override void Visit(ScriptVariableGlobal node)
    {
        if (_insideWith == 0)
        {
            _reads.Add((node.Name, node.Span));
        }
    }

    // A member name is not a global read; only the object it is read from is.
    public override void Visit(ScriptMemberExpression node) => node.Target?.Accept(this);

    public override void Visit(ScriptAssignExpression node)
    {
        Define(node.Target);
        base.Visit(node);
    }

    public override void Visit(ScriptForStatement node)
    {
        Define(node.Variable);
        base.Visit(node);
    }

    public override void Visit(ScriptCaptureStatement node)
    {
        Define(node.Target);
        base.Visit(node);
    }

    public override void Visit(ScriptFunction node)
    {
        Define(node.NameOrDoToken as ScriptExpression);
        foreach (var parameter in node.Parameters ?? [])
        {
            Define(parameter.Name);
        }

        base.Visit(node);
    }

    // Inside "with", bare names are members of the object, which only rendering can check.
    public override void Visit(ScriptWithStatement node)
    {
        node.Name?.Accept(this);
        _insideWith++;
        node.Body?.Accept(this);
        _insideWith--;
    }

    private void Define(ScriptExpression? target)
    {
        if (target is ScriptVariable variable)
        {
            _assigned.Add(variable.Name);
        }
    }
}
