namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Holds one WHEN/THEN/AND bullet of a scenario.</summary>
public sealed record ScenarioStep(string Keyword, string Text, int Line);
