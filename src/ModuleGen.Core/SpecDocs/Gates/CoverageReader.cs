using System.Globalization;
using System.Xml;
using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.SpecDocs.Gates;

/// <summary>Reads line coverage from a Cobertura XML report (<c>lines-covered</c>/<c>lines-valid</c>, else
/// <c>line-rate</c>) or an lcov tracefile (sum of <c>LH</c>/<c>LF</c>); DTDs are refused.</summary>
public static class CoverageReader
{
    /// <summary>The largest report read, in bytes.</summary>
    public const long MaxBytes = 64 * 1024 * 1024;

    public static Result<CoverageSummary> Read(WorkspacePath path, string pointer)
    {
        if (!File.Exists(path.FullPath))
        {
            return ToolError.Create(ErrorCodes.DocsCoverageNotFound, pointer, $"The coverage report '{path.RelativePath}' does not exist.",
                "Run the tests with coverage (Cobertura XML or lcov) and pass the report's workspace-relative path.").WithFound(path.RelativePath);
        }

        try
        {
            if (new FileInfo(path.FullPath).Length > MaxBytes)
            {
                return Unreadable(path, pointer, $"it is larger than {MaxBytes} bytes");
            }

            using var reader = new StringReader(RegularFile.ReadAllText(path.FullPath));
            var first = (char)Math.Max(0, reader.Peek());
            var summary = first == '<' ? Cobertura(reader) : Lcov(reader);
            return summary is { } s && s.Valid > 0
                ? Result<CoverageSummary>.Ok(new CoverageSummary(path.RelativePath, s.Format, s.Covered, s.Valid, Math.Round(100.0 * s.Covered / s.Valid, 2)))
                : Unreadable(path, pointer, "it holds no line counts");
        }
        catch (XmlException ex)
        {
            return Unreadable(path, pointer, $"it is not well-formed XML ({ex.Message})");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ToolError.Create(ErrorCodes.ReadFailed, pointer, $"Could not read '{path.RelativePath}': {WorkspaceIOException.Describe(ex)}", "Check the file's permissions.");
        }
    }

    private static (string Format, long Covered, long Valid)? Cobertura(TextReader text)
    {
        using var xml = XmlReader.Create(text, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        if (xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "coverage")
        {
            return null;
        }

        if (Long(xml.GetAttribute("lines-covered")) is { } covered && Long(xml.GetAttribute("lines-valid")) is { } valid)
        {
            return ("cobertura", covered, valid);
        }

        return double.TryParse(xml.GetAttribute("line-rate"), NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1
            ? ("cobertura", (long)Math.Round(rate * 10000), 10000)
            : null;
    }

    private static (string Format, long Covered, long Valid)? Lcov(TextReader text)
    {
        long found = 0, hit = 0;
        var any = false;
        while (text.ReadLine() is { } line)
        {
            if (line.StartsWith("LF:", StringComparison.Ordinal) && Long(line[3..]) is { } lf)
            {
                found += lf;
                any = true;
            }
            else if (line.StartsWith("LH:", StringComparison.Ordinal) && Long(line[3..]) is { } lh)
            {
                hit += lh;
            }
        }

        return any ? ("lcov", hit, found) : null;
    }

    private static long? Long(string? text) =>
        long.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static ToolError Unreadable(WorkspacePath path, string pointer, string why) =>
        ToolError.Create(ErrorCodes.DocsCoverageUnreadable, pointer, $"The coverage report '{path.RelativePath}' cannot be read: {why}.",
            "Pass a Cobertura XML report (coverage.cobertura.xml) or an lcov tracefile (lcov.info).").WithFound(path.RelativePath);
}
