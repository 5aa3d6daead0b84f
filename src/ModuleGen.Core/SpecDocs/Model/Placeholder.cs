namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Records a template placeholder left in a document (<c>REQ-N</c>, <c>REQ-OAGW-N</c>, <c>SCEN-{MODULE}-01</c>).</summary>
public sealed record Placeholder(string Text, string File, int Line, int Column);
