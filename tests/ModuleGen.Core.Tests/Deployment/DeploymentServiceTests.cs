using ModuleGen.Core.Common;
using ModuleGen.Core.Deployment;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Tests.Support;
using ModuleGen.Core.Workspace;
using YamlDotNet.RepresentationModel;
using static ModuleGen.Core.Tests.Support.DeploymentSupport;

namespace ModuleGen.Core.Tests.Deployment;

/// <summary>configure_deployment: named deployments from the pack's deploy templates, recorded, idempotent, transactional.</summary>
public sealed class DeploymentServiceTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public DeploymentServiceTests() => _ws.Dagster("orders");

    [Fact]
    public void Configure_SeveralNamedDeployments_WritesEachConfigAndScriptAndRecordsThemSorted()
    {
        var prod = _ws.Deployments().Configure(Deploy("production", "git", ("host", "prod.example.com"), ("branch", "release"), ("port", 2222L), ("password_env", "DEPLOY_PASSWORD")));
        var staging = _ws.Deployments().Configure(Deploy("staging", "rsync", ("host", "staging.example.com"), ("excludes", (IReadOnlyList<string>)[".git/", "*.log"]), ("user", "deployer")));

        prod.IsOk.Should().BeTrue(string.Join("; ", prod.Errors.Select(e => e.Message)));
        staging.Value.Deployments.Should().Equal("production", "staging");
        staging.Value.Changes.Select(c => (c.Path, c.Kind)).Should().Equal(
            ("modules/orders/deploy/staging.yaml", ChangeKind.Create), ("modules/orders/deploy/staging.sh", ChangeKind.Create), ("modules/orders/.modulegen-answers.yaml", ChangeKind.Overwrite));
        var config = Yaml("modules/orders/deploy/production.yaml");
        config["name"].ToString().Should().Be("production");
        config["host"].ToString().Should().Be("prod.example.com");
        config["branch"].ToString().Should().Be("release");
        config["port"].ToString().Should().Be("2222");
        ((YamlSequenceNode)config["environment"]).Children.Select(c => c.ToString()).Should().Equal("DEPLOY_PASSWORD");
        ((YamlSequenceNode)Yaml("modules/orders/deploy/staging.yaml")["exclude"]).Children.Select(c => c.ToString()).Should().Equal(".git/", "*.log");
        _ws.Read("modules/orders/deploy/production.sh").Should().Contain("default_port='2222'").And.Contain("required_env='DEPLOY_PASSWORD'").And.NotContain("{{");
        _ws.Read("modules/orders/deploy/staging.sh").Should().Contain("excludes='.git/ *.log'").And.Contain("default_user='deployer'");
        var answers = AnswersFileFormat.Read(_ws.Read("modules/orders/.modulegen-answers.yaml"))!;
        answers.Deployments.Select(d => (d.Name, d.Strategy, d.Files.Count)).Should().Equal(("production", "git", 2), ("staging", "rsync", 2));
        answers.Deployments[0].Settings.Select(s => s.Key).Should().Equal("branch", "host", "password_env", "port");
        answers.Deployments[1].Files.Single(f => f.Key == "deploy/staging.sh").Value.Should().Be(ContentHash.Of(_ws.Read("modules/orders/deploy/staging.sh")));
        foreach (var script in new[] { "production.sh", "staging.sh" })
        {
            using var shell = System.Diagnostics.Process.Start("sh", ["-n", Path.Join(_ws.Root, "modules/orders/deploy", script)]);
            shell.WaitForExit();
            shell.ExitCode.Should().Be(0, $"{script} must be valid POSIX shell");
        }
    }

    [Fact]
    public void Configure_SameCallTwice_SecondChangesNothing()
    {
        var request = Deploy("production", "git", ("host", "prod.example.com"));
        _ws.Deployments().Configure(request).IsOk.Should().BeTrue();
        var before = _ws.TreeHash();

        var again = _ws.Deployments().Configure(request).Value;

        again.Changed.Should().BeFalse();
        again.Changes.Should().OnlyContain(c => c.Kind == ChangeKind.Unchanged);
        again.Message.Should().StartWith("Nothing to do");
        _ws.TreeHash().Should().Be(before);
    }

    [Fact]
    public void Configure_NewSettings_RewritesItsOwnFiles_ButNeverAHandEditedOne()
    {
        _ws.Deployments().Configure(Deploy("production", "git", ("host", "a.example.com"))).IsOk.Should().BeTrue();

        var updated = _ws.Deployments().Configure(Deploy("production", "git", ("host", "b.example.com"))).Value;
        _ws.Write("modules/orders/deploy/production.sh", _ws.Read("modules/orders/deploy/production.sh") + "# my change\n");
        var before = _ws.TreeHash();
        var refused = _ws.Deployments().Configure(Deploy("production", "git", ("host", "c.example.com")));

        updated.Changes.Take(2).Should().OnlyContain(c => c.Kind == ChangeKind.Overwrite);
        refused.Errors.Should().ContainSingle().Which.Should().Match<ToolError>(e => e.Code == ErrorCodes.DeployFileEdited && e.Pointer == "/name");
        _ws.TreeHash().Should().Be(before);
    }

    [Fact]
    public void Configure_DryRun_ReturnsDiffsAndWritesNothing()
    {
        var before = _ws.TreeHash();

        var result = _ws.Deployments().Configure(Deploy("production", "git", ("host", "prod.example.com")) with { DryRun = true }).Value;

        result.Changes[0].Diff.Should().StartWith("--- /dev/null\n+++ b/modules/orders/deploy/production.yaml\n");
        _ws.TreeHash().Should().Be(before);
    }

    [Fact]
    public void Configure_FailureWhileWriting_LeavesNothingBehind()
    {
        var before = _ws.TreeHash();

        var result = _ws.Deployments(new FailingCommit { FailOn = ".modulegen-answers.yaml" }).Configure(Deploy("production", "git", ("host", "prod.example.com")));

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.DeployCommitFailed);
        _ws.TreeHash().Should().Be(before);
    }

    [Fact]
    public void Rescaffold_KeepsTheRecordedDeployments()
    {
        _ws.Deployments().Configure(Deploy("production", "git", ("host", "prod.example.com"))).IsOk.Should().BeTrue();

        _ws.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "modules/orders", module: "orders", addons: ["schedules"], onConflict: "overwrite")).IsOk.Should().BeTrue();

        AnswersFileFormat.Read(_ws.Read("modules/orders/.modulegen-answers.yaml"))!.Deployments.Single().Name.Should().Be("production");
    }

    [Fact]
    public void Configure_NameOfTheDeployAddonsFiles_IsTaken()
    {
        _ws.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "modules/orders", module: "orders", addons: ["deploy-git"], onConflict: "overwrite")).IsOk.Should().BeTrue();

        _ws.Deployments().Configure(Deploy("git", "git", ("host", "h"))).Errors.Should().Contain(e => e.Code == ErrorCodes.DeployNameTaken);
    }

    public static TheoryData<string?, string?, string?, string, string> BadArguments => new()
    {
        { "orders", "../evil", "git", ErrorCodes.DeployNameInvalid, "/name" },
        { "orders", "Prod", "git", ErrorCodes.DeployNameInvalid, "/name" },
        { "orders", "con", "git", ErrorCodes.DeployNameInvalid, "/name" },
        { "orders", null, "git", ErrorCodes.DeployNameInvalid, "/name" },
        { "orders", "prod", "ftp", ErrorCodes.DeployStrategyUnknown, "/strategy" },
        { "../orders", "prod", "git", ErrorCodes.NamePathSeparator, "/module" },
        { "missing", "prod", "git", ErrorCodes.ModuleNotFound, "/module" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void Configure_BadArguments_AreRefusedWithPointerAndNothingIsWritten(string? module, string? name, string? strategy, string code, string pointer)
    {
        var before = _ws.TreeHash();

        var errors = _ws.Deployments().Configure(new ConfigureDeploymentRequest(module, name, strategy, new Dictionary<string, object?> { ["host"] = "h" })).Errors;

        errors.Should().Contain(e => e.Code == code && e.Pointer == pointer);
        _ws.TreeHash().Should().Be(before);
    }

    [Fact]
    public void Configure_PythonModule_HasNoDeployTemplates()
    {
        _ws.Scaffolder().Scaffold(Requests.Scaffold("python-module", "modules/brick", module: "brick")).IsOk.Should().BeTrue();

        _ws.Deployments().Configure(new ConfigureDeploymentRequest("brick", "prod", "git", new Dictionary<string, object?> { ["host"] = "h" }))
            .Errors.Single().Code.Should().Be(ErrorCodes.DeployStrategyUnsupported);
    }

    private YamlMappingNode Yaml(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(_ws.Read(path)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    public void Dispose() => _ws.Dispose();
}
