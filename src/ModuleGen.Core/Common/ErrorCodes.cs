namespace ModuleGen.Core.Common;

/// <summary>Lists the stable error codes; each is documented in docs/errors.md and tested by a convention test.</summary>
public static class ErrorCodes
{
    public const string ArgumentMissing = "argument.missing";
    public const string ArgumentInvalid = "argument.invalid";

    public const string NameEmpty = "name.empty";
    public const string NamePathSeparator = "name.path_separator";
    public const string NameLeadingDigit = "name.leading_digit";
    public const string NameKeyword = "name.keyword";
    public const string NameReserved = "name.reserved";
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

    public const string WriteFailed = "io.write_failed";
    public const string ReadFailed = "io.read_failed";

    public const string ConfigYamlSyntax = "config.yaml_syntax";
    public const string ConfigUnknownKey = "config.unknown_key";
    public const string ConfigInvalidValue = "config.invalid_value";

    public const string WorkspaceNotFound = "workspace.not_found";

    public const string DocsFolderMissing = "docs.folder_missing";
    public const string DocsInvalidPrefix = "docs.invalid_prefix";
    public const string DocsFileTooLarge = "docs.file_too_large";
    public const string DocsUnknownKind = "docs.unknown_kind";
    public const string DocsBadStep = "docs.bad_step";
    public const string DocsBadPhase = "docs.bad_phase";
    public const string DocsCoverageNotFound = "docs.coverage_not_found";
    public const string DocsCoverageUnreadable = "docs.coverage_unreadable";
    public const string DocsPromptTemplateMissing = "docs.prompt_template_missing";
    public const string AuditUnknownRule = "audit.unknown_rule";
    public const string AuditUnknownModule = "audit.unknown_module";

    /// <summary>Gets every code declared on this class, for the documentation convention test.</summary>
    public static IReadOnlyList<string> All { get; } =
        typeof(ErrorCodes).GetFields()
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal)
            .ToArray();
}
