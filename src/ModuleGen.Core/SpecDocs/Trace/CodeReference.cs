using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Trace;

/// <summary>Records an ID written in a source or test file of the module; <c>IsTodo</c> marks a <c>TODO(PHASE-{M}-N)</c> stub.</summary>
public sealed record CodeReference(SpecId Id, string Text, string File, int Line, bool IsTest, bool IsTodo = false);
