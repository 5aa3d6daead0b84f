namespace ModuleGen.Core.Tests.Support;

/// <summary>Is a clock that says what the test sets, so recorded times are exact.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
