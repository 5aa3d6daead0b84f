using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Common;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Templates;

namespace ModuleGen.Mcp.Tools;

/// <summary>Asks the user for the pack variables a scaffold or an update lacks (or got wrong) instead of refusing, when
/// the client said it can ask: a form built from the pack's declarations (description, choices, pattern, default),
/// then the same call again with the answers.</summary>
/// <remarks>
/// <para>The form goes through <see cref="McpServer.ElicitAsync(ElicitRequestParams, CancellationToken)"/>, so the SDK
/// picks the protocol's form: on a session of the 2026-07-28 revision the call answers with an input-required result
/// and resumes when the client retries it with the answers (multi round-trip requests); on earlier revisions it is the
/// classic <c>elicitation/create</c> request.</para>
/// <para>Only a refusal made entirely of variable problems a person can answer is turned into a question; anything else
/// (an unknown pack, a conflict, an unknown variable) is refused exactly as without elicitation. Without the client's
/// elicitation capability nothing is asked.</para>
/// </remarks>
internal static class VariableElicitation
{
    /// <summary>How many forms one call may show before it refuses with the last problems.</summary>
    public const int MaxRounds = 3;

    private static readonly HashSet<string> s_answerable = new(StringComparer.Ordinal)
    {
        ErrorCodes.ScaffoldVariableRequired, ErrorCodes.ScaffoldVariableType, ErrorCodes.ScaffoldVariablePattern, ErrorCodes.ScaffoldVariableChoice,
    };

    /// <summary>Runs <paramref name="attempt"/> with <paramref name="given"/>; while it is refused only for variables the
    /// user can answer and the client can ask, asks and runs it again with the answers.</summary>
    /// <param name="request">The tool call (its server and the client's capabilities).</param>
    /// <param name="pack">Finds the pack whose declarations make the form; called only when there is something to ask.</param>
    /// <param name="given">The values the call passed.</param>
    /// <param name="attempt">The Core call, with the values to use.</param>
    /// <param name="cancellationToken">Cancels the wait for the user and the call.</param>
    /// <returns>The last outcome and the names of the variables the user answered.</returns>
    public static async Task<(Result<T> Result, IReadOnlyList<string> Asked)> RunAsync<T>(
        RequestContext<CallToolRequestParams> request,
        Func<Result<TemplatePack>> pack,
        IReadOnlyDictionary<string, object?> given,
        Func<IReadOnlyDictionary<string, object?>, Task<Result<T>>> attempt,
        CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, object?>(given, StringComparer.Ordinal);
        var asked = new List<string>();
        var result = await attempt(values);
        for (var round = 0; round < MaxRounds && !result.IsOk && CanAsk(request.Server) && Answerable(result.Errors) is { } names; round++)
        {
            var found = pack();
            if (!found.IsOk)
            {
                break;
            }

            var declared = found.Value.Manifest.Variables.Where(v => names.Contains(v.Name)).ToList();
            var answer = await request.Server.ElicitAsync(Form(found.Value.Manifest.Name, declared, result.Errors), cancellationToken);
            if (!answer.IsAccepted || answer.Content is not { Count: > 0 } content)
            {
                return (Result<T>.Fail([Declined(answer.Action, declared), .. result.Errors]), asked);
            }

            foreach (var (name, value) in content.Where(c => names.Contains(c.Key)))
            {
                values[name] = Value(value);
                if (!asked.Contains(name))
                {
                    asked.Add(name);
                }
            }

            result = await attempt(values);
        }

        return (result, asked);
    }

    /// <summary>Says, after a result's summary, which values came from the user, so the agent passes them again on the
    /// apply (or the next call) instead of being asked twice.</summary>
    public static string Note(IReadOnlyList<string> asked) =>
        asked.Count == 0 ? "" : $" Asked the user for {string.Join(", ", asked)}; the values are in variables: pass them on the next call.";

    private static bool CanAsk(McpServer server) => server.ClientCapabilities?.Elicitation is { } elicitation && (elicitation.Form is not null || elicitation.Url is null);

    private static HashSet<string>? Answerable(IReadOnlyList<ToolError> errors)
    {
        const string prefix = "/variables/";
        if (errors.Any(e => !s_answerable.Contains(e.Code) || !e.Pointer.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return null;
        }

        return errors.Select(e => e.Pointer[prefix.Length..]).ToHashSet(StringComparer.Ordinal);
    }

    private static ElicitRequestParams Form(string packName, IReadOnlyList<PackVariable> variables, IReadOnlyList<ToolError> errors)
    {
        var schema = new ElicitRequestParams.RequestSchema { Required = [.. variables.Select(v => v.Name)] };
        foreach (var variable in variables)
        {
            var problem = errors.FirstOrDefault(e => e.Pointer == "/variables/" + variable.Name);
            schema.Properties[variable.Name] = Field(variable, problem is { Code: not ErrorCodes.ScaffoldVariableRequired } ? problem.Message : null);
        }

        return new ElicitRequestParams
        {
            Message = $"The pack {packName} needs {(variables.Count == 1 ? "a value" : "values")} for {string.Join(", ", variables.Select(v => v.Name))}.",
            RequestedSchema = schema,
        };
    }

    private static ElicitRequestParams.PrimitiveSchemaDefinition Field(PackVariable v, string? problem)
    {
        var description = string.Join(" ", new[] { v.Description, v.Pattern is { } p ? $"Must match {p}." : null, problem }.Where(t => !string.IsNullOrEmpty(t)));
        return v.Type switch
        {
            VariableType.Choice => new ElicitRequestParams.UntitledSingleSelectEnumSchema { Title = v.Name, Description = description, Enum = [.. v.Choices], Default = v.Default },
            VariableType.Bool => new ElicitRequestParams.BooleanSchema { Title = v.Name, Description = description, Default = v.Default is { } d ? d == "true" : null },
            VariableType.Int => new ElicitRequestParams.NumberSchema { Type = "integer", Title = v.Name, Description = description },
            VariableType.Port => new ElicitRequestParams.StringSchema { Title = v.Name, Description = $"{description} A port from 1 to 65535, or auto.".Trim(), Default = v.Default ?? "auto" },
            _ => new ElicitRequestParams.StringSchema { Title = v.Name, Description = description, Default = v.Default is { } text && !text.Contains("{{", StringComparison.Ordinal) ? text : null },
        };
    }

    private static object? Value(JsonElement answer) => answer.ValueKind switch
    {
        JsonValueKind.String => answer.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when answer.TryGetInt64(out var whole) => whole,
        _ => answer.GetRawText(),
    };

    private static ToolError Declined(string action, IReadOnlyList<PackVariable> variables) =>
        ToolError.Create(ErrorCodes.ElicitationDeclined, "/variables", $"The user was asked for {string.Join(", ", variables.Select(v => v.Name))} and chose to {action} instead of answering.",
            "Nothing was written. Ask the user in the conversation, then pass the values in variables.");
}
