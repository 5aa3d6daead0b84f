namespace ModuleGen.Core.Context;

/// <summary>Knows the top-level Python packages a generated package must not be named after: the standard library of
/// every Python the packs support (3.10-3.14, <c>sys.stdlib_module_names</c> without private names), Dagster and its
/// libraries (<c>dagster</c>, <c>dagster_*</c>, <c>dg</c>), pytest, and the packages beside the new one. A package of
/// such a name shadows the real one on <c>sys.path</c>: <c>import sched</c> in Dagster itself would load the module.</summary>
public static class ShadowedPackages
{
    private static readonly HashSet<string> s_standardLibrary = new(StringComparer.Ordinal)
    {
        "abc", "aifc", "annotationlib", "antigravity", "argparse", "array", "ast", "asynchat", "asyncio", "asyncore",
        "atexit", "audioop", "base64", "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar", "cgi",
        "cgitb", "chunk", "cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys", "compileall",
        "compression", "concurrent", "configparser", "contextlib", "contextvars", "copy", "copyreg", "crypt", "csv",
        "ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal", "difflib", "dis", "distutils", "doctest", "email",
        "encodings", "ensurepip", "enum", "errno", "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions",
        "ftplib", "functools", "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip",
        "hashlib", "heapq", "hmac", "html", "http", "idlelib", "imaplib", "imghdr", "imp", "importlib", "inspect", "io",
        "ipaddress", "itertools", "json", "keyword", "lib2to3", "linecache", "locale", "logging", "lzma", "mailbox",
        "mailcap", "marshal", "math", "mimetypes", "mmap", "modulefinder", "msilib", "msvcrt", "multiprocessing", "netrc",
        "nis", "nntplib", "nt", "ntpath", "nturl2path", "numbers", "opcode", "operator", "optparse", "os", "ossaudiodev",
        "pathlib", "pdb", "pickle", "pickletools", "pipes", "pkgutil", "platform", "plistlib", "poplib", "posix",
        "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data", "pyexpat",
        "queue", "quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter", "runpy", "sched", "secrets",
        "select", "selectors", "shelve", "shlex", "shutil", "signal", "site", "smtpd", "smtplib", "sndhdr", "socket",
        "socketserver", "spwd", "sqlite3", "sre_compile", "sre_constants", "sre_parse", "ssl", "stat", "statistics",
        "string", "stringprep", "struct", "subprocess", "sunau", "symtable", "sys", "sysconfig", "syslog", "tabnanny",
        "tarfile", "telnetlib", "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit", "tkinter",
        "token", "tokenize", "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle", "turtledemo", "types",
        "typing", "unicodedata", "unittest", "urllib", "uu", "uuid", "venv", "warnings", "wave", "weakref", "webbrowser",
        "winreg", "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc", "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo"
    };

    private static readonly HashSet<string> s_tools = new(StringComparer.Ordinal) { "dagster", "dg", "pytest", "_pytest", "pluggy", "setuptools", "hatchling", "pip" };

    /// <summary>Returns what the package <paramref name="snake"/> would shadow ("the standard library module 'sched'"),
    /// or null when the name is free; <paramref name="siblings"/> are the packages beside the new one.</summary>
    public static string? Shadowed(string snake, IReadOnlyCollection<string> siblings)
    {
        if (s_standardLibrary.Contains(snake))
        {
            return $"the standard library module '{snake}'";
        }

        if (s_tools.Contains(snake) || snake.StartsWith("dagster_", StringComparison.Ordinal))
        {
            return $"the installed package '{snake}'";
        }

        return siblings.Contains(snake) ? $"the package '{snake}' beside it" : null;
    }
}
