using System.Text.RegularExpressions;

namespace ModuleGen.Core.Deployment;

/// <summary>Recognises what looks like a secret in a plain setting — by its key (password, secret, token, key,
/// credential, passphrase, auth …) or by its value (private keys, AWS access key ids, bearer/basic tokens, GitHub and
/// Slack tokens, JWTs, URLs with user:password@, password=… pairs) — so it can be refused before it reaches a file.</summary>
public static partial class SecretDetector
{
    private static readonly HashSet<string> s_secretWords = new(StringComparer.Ordinal)
    {
        "password", "passwd", "pwd", "pass", "secret", "secrets", "token", "tokens", "key", "keys", "apikey", "credential", "credentials",
        "passphrase", "auth", "cert", "certificate", "pem", "pkcs12", "pfx", "cookie", "session", "signature", "salt",
    };

    /// <summary>Tells whether a setting key names a secret (keys ending in _env name a variable instead and never do).</summary>
    public static bool IsSecretKey(string key)
    {
        var lower = key.ToLowerInvariant();
        if (lower.EndsWith(DeploymentSchema.EnvSuffix, StringComparison.Ordinal))
        {
            return false;
        }

        return lower.Split('_', '-', '.').Any(s_secretWords.Contains) || lower.Contains("password", StringComparison.Ordinal) ||
            lower.Contains("secret", StringComparison.Ordinal) || lower.Contains("token", StringComparison.Ordinal) || lower.Contains("credential", StringComparison.Ordinal);
    }

    /// <summary>Returns what kind of secret a value looks like ("a private key", …), or null.</summary>
    public static string? SecretIn(string value) => value switch
    {
        _ when PrivateKey().IsMatch(value) => "a private key",
        _ when AwsKeyId().IsMatch(value) => "an AWS access key id",
        _ when AuthHeader().IsMatch(value) => "a bearer or basic authorization token",
        _ when UrlCredentials().IsMatch(value) => "a URL with a user name and password",
        _ when GitHubToken().IsMatch(value) => "a GitHub token",
        _ when SlackToken().IsMatch(value) => "a Slack token",
        _ when Jwt().IsMatch(value) => "a JSON web token",
        _ when Assignment().IsMatch(value) => "a password or token assignment",
        _ => null,
    };

    [GeneratedRegex(@"-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----")]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"(?<![A-Z0-9])(AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9])")]
    private static partial Regex AwsKeyId();

    [GeneratedRegex(@"(?i)\b(bearer|basic|token)\s+[A-Za-z0-9\-._~+/]{8,}=*")]
    private static partial Regex AuthHeader();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9+.-]*://[^/\s:@]+:[^/\s@]+@")]
    private static partial Regex UrlCredentials();

    [GeneratedRegex(@"\b(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,})")]
    private static partial Regex GitHubToken();

    [GeneratedRegex(@"\bxox[abeprs]-[A-Za-z0-9-]{10,}")]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")]
    private static partial Regex Jwt();

    [GeneratedRegex(@"(?i)\b(password|passwd|pwd|secret|token|api_?key)\s*[=:]\s*\S+")]
    private static partial Regex Assignment();
}
