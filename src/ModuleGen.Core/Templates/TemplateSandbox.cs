using System.Collections;
using ModuleGen.Core.Common;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ModuleGen.Core.Templates;

/// <summary>Builds the only kind of context templates and conditions run in: strict (an undefined variable or member is
/// an error), bounded (loops, recursion, string and output sizes), deterministic (no clock, no random) and closed (the
/// model is copied into <see cref="ScriptObject"/>/<see cref="ScriptArray"/> values, no .NET member is reachable, and
/// <c>include</c> reads only the template's own pack).</summary>
internal static class TemplateSandbox
{
    public const int LoopLimit = 100_000;
    public const int RecursiveLimit = 64;
    public const int StringLimit = 1 << 20;
    public const int OutputLimit = 4 << 20;

    /// <summary>How long one template or condition may render: a function that calls itself four times, 40 deep, stays
    /// inside the loop and recursion limits and would otherwise run for ages while its caller holds the workspace lock.</summary>
    public static readonly TimeSpan RenderBudget = TimeSpan.FromSeconds(3);

    /// <summary>How long all the renders of one call (a scaffold, an update) may take together, so many slow files do
    /// not add up to the same hang.</summary>
    public static readonly TimeSpan CallBudget = TimeSpan.FromSeconds(10);

    // The deadline of the call being served on this flow of execution (Environment.TickCount64), when one is set.
    private static readonly AsyncLocal<long?> s_callDeadline = new();

    // Built once and shared read-only: building Scriban's default built-ins for every render would cost more than most renders.
    private static readonly ScriptObject s_builtins = Builtins();

    /// <summary>Sets the <see cref="CallBudget"/> for every render until the returned value is disposed.</summary>
    public static IDisposable BudgetForCall()
    {
        var previous = s_callDeadline.Value;
        s_callDeadline.Value = Environment.TickCount64 + (long)CallBudget.TotalMilliseconds;
        return new Restore(previous);
    }

    /// <summary>Starts the clock of one render: cancelled after <see cref="RenderBudget"/>, or sooner when the call's
    /// budget runs out; pass its token to <see cref="Create"/>.</summary>
    public static CancellationTokenSource StartRender()
    {
        var left = s_callDeadline.Value is { } deadline ? Math.Max(1, deadline - Environment.TickCount64) : long.MaxValue;
        return new CancellationTokenSource(TimeSpan.FromMilliseconds(Math.Min(left, (long)RenderBudget.TotalMilliseconds)));
    }

    /// <summary>Creates a context whose globals are <paramref name="model"/>; includes go through <paramref name="includes"/>,
    /// or are refused when it is null; rendering stops (a <see cref="Scriban.Syntax.ScriptAbortException"/> at the
    /// statement running) once <paramref name="budget"/> is cancelled.</summary>
    public static TemplateContext Create(IReadOnlyDictionary<string, object?> model, ITemplateIncludes? includes, CancellationToken budget = default)
    {
        var context = new TemplateContext(s_builtins, StringComparer.Ordinal)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedFunctionAccess = false,
            EnableRelaxedIndexerAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableNullIndexer = false,
            LoopLimit = LoopLimit,
            LoopLimitQueryable = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            ObjectRecursionLimit = RecursiveLimit,
            LimitToString = StringLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            MemberFilter = _ => false,
            TemplateLoader = new PackLoader(includes),
            NewLine = "\n",
            CancellationToken = budget,
        };
        context.PushGlobal(Globals(model));
        return context;
    }

    /// <summary>Tells whether a name is a built-in or a ModuleGen function rather than a model value.</summary>
    public static bool IsBuiltin(string name) => s_builtins.ContainsKey(name) || name is "for" or "while" or "tablerow" or "this";

    private static ScriptObject Globals(IReadOnlyDictionary<string, object?> model)
    {
        var globals = new ScriptObject(model.Count, StringComparer.Ordinal);
        foreach (var (name, value) in model)
        {
            globals.SetValue(name, ToScript(value), readOnly: true);
        }

        return globals;
    }

    // Only strings, whole numbers, booleans, maps and lists cross into a template; anything else arrives as its text.
    private static object? ToScript(object? value)
    {
        switch (value)
        {
            case null or string or bool or long:
                return value;
            case int i:
                return (long)i;
            case IEnumerable<KeyValuePair<string, object?>> map:
                var result = new ScriptObject(StringComparer.Ordinal);
                foreach (var (key, item) in map)
                {
                    result.SetValue(key, ToScript(item), readOnly: true);
                }

                return result;
            case IEnumerable list:
                var array = new ScriptArray();
                foreach (var item in list)
                {
                    array.Add(ToScript(item));
                }

                return array;
            default:
                return TemplateFunctions.Text(value);
        }
    }

    private static ScriptObject Builtins()
    {
        // Scriban's own built-ins, each function group made on its first use: importing a group's functions is
        // reflection over its methods, which costs a process that renders one pack (a CLI verb) more than the render.
        // The clock and randomness would make output depend on when it ran (no date, timespan, math.random, math.uuid);
        // eval would run text built at render time outside every check ModuleGen makes on templates.
        var builtins = new LazyGroups();
        builtins.SetValue("empty", EmptyScriptObject.Default, readOnly: true);
        builtins.SetValue("blank", EmptyScriptObject.Default, readOnly: true);
        builtins.SetValue("include", new IncludeFunction(), readOnly: true);
        builtins.Later("array", static () => new ArrayFunctions());
        builtins.Later("html", static () => new HtmlFunctions());
        builtins.Later("math", static () => Without(new MathFunctions(), "random", "uuid"));
        builtins.Later("object", static () => Without(new ObjectFunctions(), "eval", "eval_template"));
        builtins.Later("regex", static () => new RegexFunctions());
        builtins.Later("string", static () => new StringFunctions());
        TemplateFunctions.Register(builtins);
        foreach (var name in builtins.Keys.ToArray())
        {
            builtins.SetReadOnly(name, true);
        }

        return builtins;
    }

    private sealed class Restore(long? previous) : IDisposable
    {
        public void Dispose() => s_callDeadline.Value = previous;
    }

    private static ScriptObject Without(ScriptObject group, params string[] names)
    {
        foreach (var name in names)
        {
            group.Remove(name);
        }

        return group;
    }

    /// <summary>The built-ins object: its function groups are made once, on first use, and then shared read-only like
    /// every other built-in (the group objects are never written to the store, which renders read concurrently).</summary>
    private sealed class LazyGroups : ScriptObject
    {
        private readonly Dictionary<string, Lazy<ScriptObject>> _groups = new(StringComparer.Ordinal);

        public LazyGroups()
            : base(16, StringComparer.Ordinal)
        {
        }

        public void Later(string name, Func<ScriptObject> make) => _groups[name] = new Lazy<ScriptObject>(make, LazyThreadSafetyMode.ExecutionAndPublication);

        public override bool Contains(string member) => _groups.ContainsKey(member) || base.Contains(member);

        public override bool CanWrite(string member) => !_groups.ContainsKey(member) && base.CanWrite(member);

        public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
        {
            if (_groups.TryGetValue(member, out var group))
            {
                value = group.Value;
                return true;
            }

            return base.TryGetValue(context, span, member, out value);
        }
    }

    /// <summary>Resolves <c>include "name"</c> against the including template's pack; everything else is refused.</summary>
    private sealed class PackLoader(ITemplateIncludes? includes) : ITemplateLoader
    {
        private readonly Dictionary<string, string> _loaded = new(StringComparer.Ordinal);

        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        {
            if (includes is null)
            {
                throw new TemplateRefusal(callerSpan, ErrorCodes.TemplateUnsupported, $"This template may not include '{Preview.Of(templateName)}': only pack files may include other files of their pack.",
                    "Inline the text instead of including it.");
            }

            var source = includes.Include(templateName);
            if (!source.IsOk)
            {
                throw new TemplateRefusal(callerSpan, source.Errors[0].Code, source.Errors[0].Message, "Include only files under the pack's files/ folder, by a path relative to it.");
            }

            _loaded[source.Value.Name] = source.Value.Text;
            return source.Value.Name;
        }

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => _loaded[templatePath];

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
