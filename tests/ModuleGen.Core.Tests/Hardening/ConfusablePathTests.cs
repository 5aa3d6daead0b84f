using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Hardening;

/// <summary>Names that look like other names or hide characters are refused by the one containment check; names written
/// in one script, Latin or not, are not.</summary>
public sealed class ConfusablePathTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Theory]
    [InlineData("m\u043Edules/orders", ErrorCodes.PathConfusable)]            // Cyrillic o in a Latin name
    [InlineData("modules/\u0430dmin", ErrorCodes.PathConfusable)]             // Cyrillic a
    [InlineData("modules/\u03BFrders", ErrorCodes.PathConfusable)]            // Greek omicron
    [InlineData("modules\uFF0Forders", ErrorCodes.PathConfusable)]            // fullwidth solidus
    [InlineData("modules\u2215orders", ErrorCodes.PathConfusable)]            // division slash
    [InlineData("modules/orders\uFF0Epy", ErrorCodes.PathConfusable)]         // fullwidth full stop
    [InlineData("modules/\uFF4Frders", ErrorCodes.PathConfusable)]            // fullwidth Latin o
    [InlineData("modules/report\u202Etxt.exe", ErrorCodes.PathConfusable)]    // right-to-left override
    [InlineData("modules/or\u200Bders", ErrorCodes.PathConfusable)]           // zero-width space
    [InlineData("modules/orders\u00A0", ErrorCodes.PathConfusable)]           // no-break space
    [InlineData("modules/a\u2028b", ErrorCodes.PathConfusable)]               // line separator
    public void Resolve_ConfusableName_IsRefusedWithItsCode(string path, string code)
    {
        var result = new PathGuard(_ws.Root).Resolve(path, "/target_dir");

        result.IsOk.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Code.Should().Be(code);
        result.Errors[0].Pointer.Should().Be("/target_dir");
        result.Errors[0].Message.Should().MatchRegex("U\\+[0-9A-F]{4}|mixes Latin");
    }

    [Theory]
    [InlineData("docs/\u00FCber.md")]                       // Latin with a diacritic
    [InlineData("docs/\u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442.md")] // all Cyrillic
    [InlineData("docs/\u65E5\u672C\u8A9E/readme.md")]          // CJK
    [InlineData("docs/\u03B1\u03B2\u03B3.md")]                 // all Greek
    public void Resolve_OneScriptName_IsAccepted(string path)
    {
        new PathGuard(_ws.Root).Resolve(path, "/p").IsOk.Should().BeTrue();
    }

    public void Dispose() => _ws.Dispose();
}
