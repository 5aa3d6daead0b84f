namespace ModuleGen.Core.Deployment;

/// <summary>Lists the settings each strategy accepts. Values are checked against the pack variable each one sets, so the
/// pack stays the one place that says what a host, path or branch may look like. Any key ending in <c>_env</c> names an
/// environment variable the deploy script requires (how secrets are passed: never as values).</summary>
public static class DeploymentSchema
{
    public const string Git = "git";
    public const string Rsync = "rsync";
    public const string EnvSuffix = "_env";
    public const string EnvVariable = "deploy_env";
    public const string NameVariable = "deploy_name";

    private static readonly SettingSpec[] s_common =
    [
        new("host", "deploy_host", SettingSpec.Text, true, "host name or address to deploy to"),
        new("user", "deploy_user", SettingSpec.Text, false, "SSH user on the host"),
        new("path", "deploy_path", SettingSpec.Text, false, "absolute folder on the host"),
        new("port", "deploy_port_ssh", SettingSpec.Port, false, "SSH port (1-65535)"),
    ];

    /// <summary>Gets the strategies, in order.</summary>
    public static IReadOnlyList<string> Strategies { get; } = [Git, Rsync];

    /// <summary>Returns the settings a strategy accepts (empty for an unknown strategy).</summary>
    public static IReadOnlyList<SettingSpec> For(string strategy) => strategy switch
    {
        Git => [.. s_common, new("repository", "git_repository", SettingSpec.Text, false, "repository the host clones (no credentials in it)"), new("branch", "git_branch", SettingSpec.Text, false, "branch to check out")],
        Rsync => [.. s_common, new("excludes", "deploy_excludes", SettingSpec.List, false, "list of rsync exclude patterns")],
        _ => [],
    };

    /// <summary>Gets the pack add-on whose files a strategy renders.</summary>
    public static string AddonOf(string strategy) => $"deploy-{strategy}";
}
