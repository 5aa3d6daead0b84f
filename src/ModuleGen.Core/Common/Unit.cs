namespace ModuleGen.Core.Common;

/// <summary>Stands for "no value" in a <see cref="Result{T}"/> of an operation that only succeeds or fails.</summary>
public readonly record struct Unit
{
    public static Unit Value => default;
}
