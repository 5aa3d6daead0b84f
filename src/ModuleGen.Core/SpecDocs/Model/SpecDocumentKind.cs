namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Names the documents of seed 003's standard artefacts.</summary>
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
