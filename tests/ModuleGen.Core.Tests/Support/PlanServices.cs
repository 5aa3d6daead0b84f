using ModuleGen.Core.Bricks;
using ModuleGen.Core.Common;
using ModuleGen.Core.Context;
using ModuleGen.Core.Execution;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Prompts;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Verification;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Support;

/// <summary>Opens a temporary workspace with the plan services wired as the server wires them.</summary>
public sealed class PlanServices : IDisposable
{
    public PlanServices(IWriteInterceptor? interceptor = null)
    {
        Temp = new TempWorkspace();
        Workspace = ModuleGenWorkspace.Open(Temp.Root, interceptor).Value;
        Locks = new KeyedLocks();
        Validator = new PlanValidator(Workspace);
        Store = new PlanStore(Workspace, Validator, Locks);
        Expander = new PlanExpander(Workspace);
        Clock = new FixedClock(new DateTimeOffset(2025, 9, 17, 12, 10, 0, TimeSpan.Zero));
        Recipe = new Recipe(Store, Expander, new RunLog(Workspace, Locks), Clock);
        Templates = new PromptTemplates(Workspace, PromptTemplateOptions.BesideProgram());
        var renderer = new ScribanTemplateEngine();
        PlanPrompt = new PlanPromptService(Workspace, new ContextBuilder(Workspace, new NoTemplates()), Templates, renderer);
        CreateModulePrompt = new CreateModulePromptService(Workspace, Templates, renderer);
        Specs = new BrickSpecResolver(Workspace, Store, Expander, new BrickSkeletons(Templates, renderer), Locks);
        Verifier = new FileVerifier(Workspace, Store, Expander, [new PlanExpectedFiles()], DgSupport.Off(Workspace));
    }

    public TempWorkspace Temp { get; }

    public ModuleGenWorkspace Workspace { get; }

    public KeyedLocks Locks { get; }

    public PlanValidator Validator { get; }

    public PlanStore Store { get; }

    public PlanExpander Expander { get; }

    public FixedClock Clock { get; }

    public Recipe Recipe { get; }

    public PromptTemplates Templates { get; }

    public PlanPromptService PlanPrompt { get; }

    public CreateModulePromptService CreateModulePrompt { get; }

    public BrickSpecResolver Specs { get; }

    public FileVerifier Verifier { get; }

    /// <summary>Stores a plan that must be valid and returns its revision.</summary>
    public string StoreValid(System.Text.Json.Nodes.JsonObject plan, string? expected = null)
    {
        var result = Store.Store(new StorePlanRequest(SamplePlans.Element(plan), expected));
        result.Errors.Should().BeEmpty();
        return result.Value.Revision;
    }

    public void Dispose() => Temp.Dispose();
}
