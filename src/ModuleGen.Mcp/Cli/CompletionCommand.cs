using System.CommandLine;

namespace ModuleGen.Mcp.Cli;

/// <summary>`modulegen completion bash|zsh|pwsh` prints a script that asks modulegen itself for completions (the
/// command line parser's [suggest] directive), so verbs, options, packs and add-ons complete in the shell.</summary>
internal static class CompletionCommand
{
    private const string Bash =
        """
        # modulegen completion for bash: eval "$(modulegen completion bash)"
        _modulegen_complete() {
          local IFS=$'\n'
          COMPREPLY=($(compgen -W "$(modulegen "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}"))
        }
        complete -o default -F _modulegen_complete modulegen
        """;

    private const string Zsh =
        """
        # modulegen completion for zsh: eval "$(modulegen completion zsh)"
        _modulegen_complete() {
          local -a completions
          completions=("${(@f)$(modulegen "[suggest:${CURSOR}]" "${BUFFER}" 2>/dev/null)}")
          compadd -a completions
        }
        compdef _modulegen_complete modulegen
        """;

    private const string Pwsh =
        """
        # modulegen completion for PowerShell: modulegen completion pwsh | Out-String | Invoke-Expression
        Register-ArgumentCompleter -Native -CommandName modulegen -ScriptBlock {
          param($word, $ast, $cursor)
          modulegen "[suggest:$cursor]" "$ast" 2>$null | ForEach-Object {
            [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
          }
        }
        """;

    public static Command Create()
    {
        var shell = new Argument<string>("shell") { Description = "bash, zsh or pwsh." };
        shell.AcceptOnlyFromAmong("bash", "zsh", "pwsh");
        var command = new Command("completion", "Print a shell completion script (bash, zsh or pwsh).") { shell };
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.WriteLine(parse.GetValue(shell) switch
            {
                "bash" => Bash,
                "zsh" => Zsh,
                _ => Pwsh,
            });
            return ExitCodes.Ok;
        });
        return command;
    }
}
