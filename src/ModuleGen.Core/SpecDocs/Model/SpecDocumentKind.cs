namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Names the documents of the intent-driven module pipeline's standard documents.</summary>
public enum SpecDocumentKind
{
    IntentDesign,
    IntentRequirements,
    IntentScenarios,
    Tasks,
    Changelog,
    IntentVsActual,
    ActualDesign,
    ActualRequirements,
    ActualScenarios,
}
