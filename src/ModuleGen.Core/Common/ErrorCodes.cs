namespace ModuleGen.Core.Common;

/// <summary>Lists the stable error codes; each is documented in docs/errors.md and tested by a convention test.</summary>
public static class ErrorCodes
{
    public const string ArgumentMissing = "argument.missing";
    public const string ArgumentInvalid = "argument.invalid";
    public const string ToolFailed = "tool.failed";

    public const string NameEmpty = "name.empty";
    public const string NamePathSeparator = "name.path_separator";
    public const string NameLeadingDigit = "name.leading_digit";
    public const string NameKeyword = "name.keyword";
    public const string NameReserved = "name.reserved";
    public const string NameShadowsPackage = "name.shadows_package";
    public const string NameTooLong = "name.too_long";
    public const string NameInvalidCharacter = "name.invalid_character";

    public const string PathEmpty = "path.empty";
    public const string PathNulByte = "path.nul_byte";
    public const string PathOutsideWorkspace = "path.outside_workspace";
    public const string PathSymlinkEscape = "path.symlink_escape";
    public const string PathReservedName = "path.reserved_name";
    public const string PathTooLong = "path.too_long";
    public const string PathInvalidCharacter = "path.invalid_character";
    public const string PathDestinationIsSymlink = "path.destination_is_symlink";
    public const string PathConfusable = "path.confusable";
    public const string PathReservedFolder = "path.reserved_folder";

    public const string WriteFailed = "io.write_failed";
    public const string ReadFailed = "io.read_failed";
    public const string ReadOnlyFile = "io.read_only";
    public const string NotRegularFile = "io.not_regular_file";
    public const string WorkspaceBusy = "workspace.busy";
    public const string InterruptedCommit = "workspace.interrupted_commit";
    public const string ChangeSetStale = "change_set.stale";
    public const string ReportPathRefused = "audit.report_path_refused";

    public const string ConfigYamlSyntax = "config.yaml_syntax";
    public const string ConfigUnknownKey = "config.unknown_key";
    public const string ConfigInvalidValue = "config.invalid_value";

    public const string WorkspaceNotFound = "workspace.not_found";

    public const string ServerReadOnly = "server.read_only";
    public const string ServerToolDisabled = "server.tool_disabled";
    public const string ElicitationDeclined = "elicitation.declined";

    public const string TemplateNotFound = "template.not_found";
    public const string TemplateManifestMissing = "template.manifest_missing";
    public const string TemplateManifestSyntax = "template.manifest_syntax";
    public const string TemplateManifestUnknownKey = "template.manifest_unknown_key";
    public const string TemplateManifestInvalid = "template.manifest_invalid";
    public const string TemplateSourceMissing = "template.source_missing";
    public const string TemplateSyntax = "template.syntax";
    public const string TemplateUndefinedVariable = "template.undefined_variable";
    public const string TemplateHelperArguments = "template.helper_arguments";
    public const string TemplateUnsupported = "template.unsupported";
    public const string TemplateRenderFailed = "template.render_failed";
    public const string TemplateConditionInvalid = "template.condition_invalid";

    public const string ScaffoldVariableUnknown = "scaffold.variable_unknown";
    public const string ScaffoldVariableRequired = "scaffold.variable_required";
    public const string ScaffoldVariableType = "scaffold.variable_type";
    public const string ScaffoldVariablePattern = "scaffold.variable_pattern";
    public const string ScaffoldVariableChoice = "scaffold.variable_choice";
    public const string ScaffoldAddonUnknown = "scaffold.addon_unknown";
    public const string ScaffoldAddonDuplicate = "scaffold.addon_duplicate";
    public const string ScaffoldAddonConflict = "scaffold.addon_conflict";
    public const string ScaffoldAddonRequires = "scaffold.addon_requires";
    public const string ScaffoldPathVariable = "scaffold.path_variable";
    public const string ScaffoldDestinationCollision = "scaffold.destination_collision";
    public const string ScaffoldTargetNotDirectory = "scaffold.target_not_directory";
    public const string ScaffoldConflict = "scaffold.conflict";
    public const string ScaffoldPortExhausted = "scaffold.port_exhausted";
    public const string ScaffoldInjectionTargetMissing = "scaffold.injection_target_missing";
    public const string ScaffoldInjectionAnchorMissing = "scaffold.injection_anchor_missing";
    public const string ScaffoldInjectionInvalid = "scaffold.injection_invalid";
    public const string ScaffoldCommitFailed = "scaffold.commit_failed";
    public const string ScaffoldRollbackFailed = "scaffold.rollback_failed";
    public const string UpdateNotGenerated = "update.not_generated";
    public const string UpdatePackAmbiguous = "update.pack_ambiguous";
    public const string UpdateCommitFailed = "update.commit_failed";
    public const string UpdateConflictsUnresolved = "update.conflicts_unresolved";
    public const string UpdateMigrationFailed = "update.migration_failed";
    public const string UpdateMigrationUnknown = "update.migration_unknown";
    public const string DocsFolderMissing = "docs.folder_missing";
    public const string DocsInvalidPrefix = "docs.invalid_prefix";
    public const string DocsFileTooLarge = "docs.file_too_large";
    public const string DocsUnknownKind = "docs.unknown_kind";
    public const string DocsBadStep = "docs.bad_step";
    public const string DocsBadPhase = "docs.bad_phase";
    public const string DocsCoverageNotFound = "docs.coverage_not_found";
    public const string DocsCoverageUnreadable = "docs.coverage_unreadable";
    public const string PlanInvalidJson = "plan.invalid_json";
    public const string PlanTooLarge = "plan.too_large";
    public const string PlanTooManyBricks = "plan.too_many_bricks";
    public const string PlanStringTooLong = "plan.string_too_long";
    public const string PlanKeyDuplicate = "plan.key_duplicate";
    public const string PlanFieldMissing = "plan.field_missing";
    public const string PlanFieldType = "plan.field_type";
    public const string PlanBricksEmpty = "plan.bricks_empty";
    public const string PlanModuleNotSnake = "plan.module_not_snake";
    public const string PlanBrickNameInvalid = "plan.brick_name_invalid";
    public const string PlanBrickDuplicate = "plan.brick_duplicate";
    public const string PlanTypeUnknown = "plan.type_unknown";
    public const string PlanTargetDirShared = "plan.target_dir_shared";
    public const string PlanFileOutsideTarget = "plan.file_outside_target";
    public const string PlanDependencyUnknown = "plan.dependency_unknown";
    public const string PlanDependencyCycle = "plan.dependency_cycle";
    public const string PlanSubPlanMissing = "plan.subplan_missing";
    public const string PlanSubPlanInvalid = "plan.subplan_invalid";
    public const string PlanSubPlanCycle = "plan.subplan_cycle";
    public const string PlanSubPlanTooDeep = "plan.subplan_too_deep";
    public const string PlanNotFound = "plan.not_found";
    public const string PlanStoredInvalid = "plan.stored_invalid";
    public const string PlanRevisionConflict = "plan.revision_conflict";

    public const string BrickUnknown = "brick.unknown";
    public const string BrickDocNotFile = "brick.doc_not_file";

    public const string RecipeStepUnknown = "recipe.step_unknown";
    public const string RecipeStatusUnknown = "recipe.status_unknown";
    public const string RecipeNoteTooLong = "recipe.note_too_long";

    public const string VerifyTargetDirMissing = "verify.target_dir_missing";
    public const string VerifyFileMissing = "verify.file_missing";
    public const string VerifyFileEmpty = "verify.file_empty";
    public const string VerifyUnrenderedToken = "verify.unrendered_token";
    public const string VerifyContractMissing = "verify.contract_missing";
    public const string VerifySpecMissing = "verify.spec_missing";
    public const string VerifyDocumentUnfilled = "verify.document_unfilled";
    public const string VerifyUnplannedFile = "verify.unplanned_file";
    public const string VerifyStubLeft = "verify.stub_left";
    public const string VerifyDgCheckFailed = "verify.dg_check_failed";
    public const string VerifyDgNotRun = "verify.dg_not_run";
    public const string VerifyDgIncomplete = "verify.dg_incomplete";
    public const string VerifyDgNoDefinitions = "verify.dg_no_definitions";

    public const string PromptTemplateMissing = "prompt.template_missing";
    public const string PromptTemplateInvalid = "prompt.template_invalid";
    public const string PromptDocumentMissing = "prompt.document_missing";
    public const string PromptDocumentTooLarge = "prompt.document_too_large";
    public const string AuditUnknownRule = "audit.unknown_rule";
    public const string AuditUnknownModule = "audit.unknown_module";

    public const string ModuleNotFound = "module.not_found";
    public const string ModuleNotGenerated = "module.not_generated";
    public const string ModuleAnswersInvalid = "module.answers_invalid";

    public const string RegistryFileUnsupported = "registry.file_unsupported";
    public const string RegistryFileUnreadable = "registry.file_unreadable";
    public const string RegistryFileInvalid = "registry.file_invalid";
    public const string RegistryNothingToRegister = "registry.nothing_to_register";
    public const string RegistryNoFile = "registry.no_file";
    public const string RegistryFileGenerated = "registry.file_generated";
    public const string RegistryAnchorMissing = "registry.anchor_missing";
    public const string RegistryMarkerBroken = "registry.marker_broken";
    public const string RegistryResultInvalid = "registry.result_invalid";
    public const string RegistryCommitFailed = "registry.commit_failed";
    public const string RegistryEntryModuleMissing = "registry.entry_module_missing";
    public const string RegistryLocationDuplicate = "registry.location_duplicate";
    public const string RegistryProjectDuplicate = "registry.project_duplicate";
    public const string RegistryPortCollision = "registry.port_collision";
    public const string RegistryBlockEdited = "registry.block_edited";
    public const string RegistryNotRegistered = "registry.not_registered";
    public const string RegistryEntryInvalid = "registry.entry_invalid";
    public const string RegistryManualOnly = "registry.manual_only";
    public const string RegistrySingleLocation = "registry.single_location";
    public const string RegistryWorkspaceAmbiguous = "registry.workspace_ambiguous";

    public const string DeployNameInvalid = "deploy.name_invalid";
    public const string DeployNameTaken = "deploy.name_taken";
    public const string DeployStrategyUnknown = "deploy.strategy_unknown";
    public const string DeployStrategyUnsupported = "deploy.strategy_unsupported";
    public const string DeploySettingUnknown = "deploy.setting_unknown";
    public const string DeploySettingInvalid = "deploy.setting_invalid";
    public const string DeploySettingMissing = "deploy.setting_missing";
    public const string DeploySecretRefused = "deploy.secret_refused";
    public const string DeployFileEdited = "deploy.file_edited";
    public const string DeployCommitFailed = "deploy.commit_failed";

    /// <summary>Gets every code declared on this class, for the documentation convention test.</summary>
    public static IReadOnlyList<string> All { get; } =
        typeof(ErrorCodes).GetFields()
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal)
            .ToArray();
}
