namespace ModuleGen.Core.Tests.Hardening;

/// <summary>Runs the tests that judge a commit by its lock file alone, after the others: a commit's lock is an OS lock
/// on an open file, and a process another test forks (Python, git) shares that open file until it executes its
/// program, so for that moment the lock still looks held and recovery rightly leaves the commit alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CommitLocksCollection
{
    public const string Name = "commit locks";
}
