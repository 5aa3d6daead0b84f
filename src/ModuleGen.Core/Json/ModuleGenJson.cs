using System.Text.Json;
using System.Text.Json.Serialization;
using ModuleGen.Core.Audit;
using ModuleGen.Core.Bricks;
using ModuleGen.Core.Common;
using ModuleGen.Core.Context;
using ModuleGen.Core.Deployment;
using ModuleGen.Core.Registry;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Templates;
using ModuleGen.Core.SpecDocs;
using ModuleGen.Core.SpecDocs.Gates;
using ModuleGen.Core.SpecDocs.Trace;
using ModuleGen.Core.Execution;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Prompts;
using ModuleGen.Core.Telemetry;
using ModuleGen.Core.Verification;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Json;

/// <summary>Serialises every ModuleGen record: snake_case names (the plan format and the tool arguments), nulls left out.</summary>
/// <remarks>Use <see cref="JsonDefaults.Context"/>, which adds readable escaping to these options.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(CallEvent))]
[JsonSerializable(typeof(ToolError))]
[JsonSerializable(typeof(ToolFailure))]
[JsonSerializable(typeof(ModuleGenConfig))]
[JsonSerializable(typeof(GenContext))]
[JsonSerializable(typeof(ListTemplatesResult))]
[JsonSerializable(typeof(DescribeTemplateResult))]
[JsonSerializable(typeof(ScaffoldResult))]
[JsonSerializable(typeof(ModuleGen.Core.Updating.UpdateResult))]
[JsonSerializable(typeof(ModuleGen.Core.Updating.UpdateManyResult))]
[JsonSerializable(typeof(ModuleGen.Core.Updating.UpdateAnswer))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(JsonElement?))]
[JsonSerializable(typeof(CheckDocsResult))]
[JsonSerializable(typeof(NextIdResult))]
[JsonSerializable(typeof(TraceMatrixResult))]
[JsonSerializable(typeof(CheckGateResult))]
[JsonSerializable(typeof(ModulePlan))]
[JsonSerializable(typeof(ValidatePlanResult))]
[JsonSerializable(typeof(StorePlanResult))]
[JsonSerializable(typeof(LoadPlanResult))]
[JsonSerializable(typeof(ListPlansResult))]
[JsonSerializable(typeof(RunLogEntry))]
[JsonSerializable(typeof(RenderPlanPromptResult))]
[JsonSerializable(typeof(ResolveBrickSpecsResult))]
[JsonSerializable(typeof(VerifyFilesResult))]
[JsonSerializable(typeof(NextStepsResult))]
[JsonSerializable(typeof(RecordStepResult))]
[JsonSerializable(typeof(AuditResult))]
[JsonSerializable(typeof(WorkspaceListResult))]
[JsonSerializable(typeof(WorkspaceValidateResult))]
[JsonSerializable(typeof(RegistryEditResult))]
[JsonSerializable(typeof(ConfigureDeploymentResult))]
public sealed partial class ModuleGenJson : JsonSerializerContext;
