namespace ModuleGen.Core.Workspace;

/// <summary>Reports a refused or failed file operation in plain words that may be shown to a user as they are (no
/// paths, no stack traces, no .NET resource keys).</summary>
public sealed class WorkspaceIOException(string reason) : IOException(reason)
{
    /// <summary>Describes any I/O exception in plain words: the text of a <see cref="WorkspaceIOException"/>, else a
    /// wording chosen by the exception's type (the runtime's own messages can be bare resource keys in trimmed builds).</summary>
    public static string Describe(Exception exception) => exception switch
    {
        WorkspaceIOException own => own.Message,
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "it does not exist",
        PathTooLongException => "the path is too long",
        IOException io when io.HResult is 28 or 122 or unchecked((int)0x80070070) => "no space left on the device",
        IOException io when io.HResult is 30 => "the file system is read-only",
        IOException io when io.HResult is 17 or unchecked((int)0x80070050) => "it already exists",

        // On Linux and macOS the runtime puts the errno of a failed call in HResult: name it (EIO, EMFILE …).
        IOException io when !OperatingSystem.IsWindows() && io.HResult is > 0 and < 4096 => Native.Posix.Describe(io.HResult),
        IOException => "an input/output error occurred",
        _ => "an unexpected error occurred",
    };
}
