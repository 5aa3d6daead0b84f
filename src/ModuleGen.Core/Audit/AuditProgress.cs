namespace ModuleGen.Core.Audit;

/// <summary>Reports how far an audit has got: step <see cref="Done"/> of <see cref="Total"/>, and what it is on.</summary>
public sealed record AuditProgress(int Done, int Total, string Message);
