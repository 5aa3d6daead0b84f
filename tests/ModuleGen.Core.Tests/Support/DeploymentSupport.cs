using ModuleGen.Core.Common;
using ModuleGen.Core.Deployment;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Support;

/// <summary>Builds the deployment service over a test workspace.</summary>
public static class DeploymentSupport
{
    public static DeploymentService Deployments(this TempWorkspace workspace, IWriteInterceptor? interceptor = null)
    {
        var opened = workspace.Open(interceptor);
        return new DeploymentService(opened, RegistrySupport.Modules(opened), new KeyedLocks());
    }

    public static ConfigureDeploymentRequest Deploy(string name, string strategy, params (string Key, object? Value)[] settings) =>
        new("orders", name, strategy, settings.ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal));
}
