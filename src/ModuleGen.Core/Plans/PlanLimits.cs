namespace ModuleGen.Core.Plans;

/// <summary>Bounds what a plan may hold, so a hostile or runaway plan costs a bounded amount of memory and time.</summary>
public static class PlanLimits
{
    /// <summary>The largest plan accepted, in UTF-8 bytes; checked before the plan is read field by field.</summary>
    public const int MaxPlanBytes = 4 * 1024 * 1024;

    /// <summary>The most bricks in one plan, and in a plan with its sub-plans expanded.</summary>
    public const int MaxBricks = 1000;

    /// <summary>The longest string value accepted anywhere in a plan, in characters (64 KiB).</summary>
    public const int MaxStringLength = 64 * 1024;

    /// <summary>The longest brick name.</summary>
    public const int MaxNameLength = 64;

    /// <summary>How deeply sub-plans may nest below the plan itself.</summary>
    public const int MaxSubPlanDepth = 8;
}
