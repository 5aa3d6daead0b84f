namespace ModuleGen.Core.Common;

/// <summary>Holds either a value or a non-empty list of <see cref="ToolError"/>s; Core never throws for bad input.</summary>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, IReadOnlyList<ToolError> errors)
    {
        _value = value;
        Errors = errors;
    }

    public bool IsOk => Errors.Count == 0;

    public IReadOnlyList<ToolError> Errors { get; }

    /// <summary>Gets the value of a successful result.</summary>
    /// <exception cref="InvalidOperationException">The result is a failure.</exception>
    public T Value => IsOk ? _value! : throw new InvalidOperationException("A failed result has no value.");

    public static Result<T> Ok(T value) => new(value, []);

    public static Result<T> Fail(IReadOnlyList<ToolError> errors)
    {
        Guard.Require(errors.Count > 0, "A failed result needs at least one error.");
        return new(default, errors);
    }

    public static Result<T> Fail(ToolError error) => new(default, [error]);

    public static implicit operator Result<T>(ToolError error) => Fail(error);

    /// <summary>Maps the value of a successful result; failures pass through unchanged.</summary>
    public Result<TOut> Map<TOut>(Func<T, TOut> map) => IsOk ? Result<TOut>.Ok(map(Value)) : Result<TOut>.Fail(Errors);

    /// <summary>Chains a step that can itself fail; failures pass through unchanged.</summary>
    public Result<TOut> Then<TOut>(Func<T, Result<TOut>> next) => IsOk ? next(Value) : Result<TOut>.Fail(Errors);
}
