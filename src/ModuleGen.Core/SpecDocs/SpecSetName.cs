using ModuleGen.Core.Common;
using ModuleGen.Core.Context;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.SpecDocs;

/// <summary>Parses the name of a set of spec documents: a module name, or a spec folder's name exactly as written
/// (<c>001-user-auth</c>, <c>warband-editor</c>, <c>v1.6-merge</c>), with no snake_case rewriting.</summary>
/// <remarks>A module name keeps every form (snake, kebab …). Any other name is one folder name: no separators, no
/// <c>..</c>, no control characters, no device names; the same error codes as a module name.</remarks>
public static class SpecSetName
{
    /// <summary>The longest folder name accepted.</summary>
    public const int MaxLength = 100;

    /// <summary>Parses <paramref name="input"/>; <c>IsModule</c> tells whether it is a valid module name.</summary>
    public static Result<(ModuleNames Names, bool IsModule)> Parse(string? input, string pointer = "/module")
    {
        var module = ModuleNameParser.Parse(input, pointer);
        if (module.IsOk)
        {
            return Result<(ModuleNames, bool)>.Ok((module.Value, true));
        }

        var code = module.Errors[0].Code;
        if (code is not (ErrorCodes.NameLeadingDigit or ErrorCodes.NameKeyword or ErrorCodes.NameInvalidCharacter or ErrorCodes.NameTooLong))
        {
            return Result<(ModuleNames, bool)>.Fail(module.Errors);
        }

        var name = input!;
        var bad = name.AsSpan().IndexOfAnyExcept(s_allowed);
        if (name.Length > MaxLength || bad >= 0 || name.StartsWith('.') || ReservedNames.IsDeviceName(name))
        {
            // The module name's own refusal says what is wrong; the folder form failed the same test.
            return Result<(ModuleNames, bool)>.Fail(module.Errors);
        }

        return Result<(ModuleNames, bool)>.Ok((new ModuleNames(name, name, name, name, name), false));
    }

    private static readonly System.Buffers.SearchValues<char> s_allowed =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.");
}
