using System.Globalization;
using NodaTime;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Checks the two values a Dagster schedule takes the way Dagster checks them, so a scaffold refuses what
/// Dagster would refuse when the definitions load: a cron string (<c>ScheduleDefinition(cron_schedule=…)</c>) and an
/// IANA time zone name (<c>execution_timezone</c>).</summary>
/// <remarks>The cron grammar is Dagster's <c>is_valid_cron_string</c>: croniter's syntax (lists, ranges, steps, month
/// and weekday names, <c>L</c> for the last day of the month, <c>weekday#n</c>) that expands to exactly five fields
/// (no seconds, no year), with February's 30th and 31st refused, plus croniter's aliases. It is a small grammar read
/// field by field here; the library cron parsers served (Cronos, NCrontab) accept seconds, years, <c>W</c> and <c>?</c>,
/// which Dagster refuses. Time zone names come from the tz database NodaTime embeds (canonical names and their
/// aliases, as Python's zoneinfo accepts them), so the answer is the same on every machine, whatever its own tzdata.</remarks>
internal static class ScheduleValues
{
    /// <summary>The aliases croniter expands (Dagster accepts them as cron strings).</summary>
    public static readonly IReadOnlyList<string> Aliases = ["@hourly", "@daily", "@midnight", "@weekly", "@monthly", "@yearly", "@annually"];

    private static readonly string[] s_months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] s_weekdays = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    private static readonly (string Name, int Min, int Max, string[]? Names)[] s_fields =
    [
        ("minute", 0, 59, null), ("hour", 0, 23, null), ("day of month", 1, 31, null), ("month", 1, 12, s_months), ("day of week", 0, 7, s_weekdays),
    ];

    private static readonly Lazy<string[]> s_zones = new(() => DateTimeZoneProviders.Tzdb.Ids.Order(StringComparer.Ordinal).ToArray());

    /// <summary>Returns why Dagster would refuse <paramref name="cron"/>, or null when it accepts it.</summary>
    public static string? CronProblem(string cron)
    {
        var text = cron.Trim();
        if (text.StartsWith('@'))
        {
            return Aliases.Contains(text.ToLowerInvariant(), StringComparer.Ordinal) ? null : $"'{text}' is no alias Dagster knows ({string.Join(", ", Aliases)})";
        }

        var fields = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5)
        {
            return fields.Length == 1 && !fields[0].Any(char.IsDigit) && fields[0] != "*"
                ? $"'{text}' is not a cron expression"
                : $"it has {fields.Length} field(s); Dagster takes exactly five (minute hour day-of-month month day-of-week), no seconds and no year";
        }

        for (var i = 0; i < 5; i++)
        {
            if (FieldProblem(fields[i], s_fields[i]) is { } problem)
            {
                return problem;
            }
        }

        return IsFebruary(fields[3]) && fields[2] is "30" or "31" ? $"February has no day {fields[2]}, so the schedule would never run" : null;
    }

    /// <summary>Tells whether <paramref name="name"/> is an IANA time zone name; when it is not, names the closest one.</summary>
    public static (bool Known, string? Closest) TimeZone(string name)
    {
        var zones = s_zones.Value;
        if (Array.BinarySearch(zones, name, StringComparer.Ordinal) >= 0)
        {
            return (true, null);
        }

        // zoneinfo looks names up as files: on Linux the case must match, so a different case is the closest name.
        var closest = zones.FirstOrDefault(z => string.Equals(z, name, StringComparison.OrdinalIgnoreCase))
            ?? zones.Select(z => (Zone: z, Distance: Distance(z.ToLowerInvariant(), name.ToLowerInvariant()))).MinBy(p => p.Distance).Zone;
        return (false, closest);
    }

    private static string? FieldProblem(string field, (string Name, int Min, int Max, string[]? Names) spec)
    {
        foreach (var item in field.Split(','))
        {
            if (item.Length == 0)
            {
                return $"the {spec.Name} field '{field}' has an empty list item";
            }

            var (range, step) = item.Split('/') switch
            {
                [var r] => (r, (string?)null),
                [var r, var s] => (r, s),
                _ => (item, "?"),
            };
            if (step is not null && (!int.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out var every) || every < 1))
            {
                return $"the {spec.Name} field has the step '{step}'; a step is a whole number of at least 1";
            }

            if (range == "*" || (spec.Name == "day of month" && range == "L" && step is null))
            {
                continue;
            }

            if (spec.Name == "day of week" && range.Split('#') is [var day, var nth] && step is null)
            {
                if (Value(day, spec) is null || !int.TryParse(nth, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 5)
                {
                    return $"the day of week '{item}' is no weekday#n with n from 1 to 5";
                }

                continue;
            }

            var bounds = range.Split('-');
            if (bounds.Length > 2 || bounds.Any(b => b.Length == 0))
            {
                return $"the {spec.Name} field has '{item}', which is no value, range or step";
            }

            var values = bounds.Select(b => Value(b, spec)).ToArray();
            var bad = Array.FindIndex(values, v => v is null);
            if (bad >= 0)
            {
                return int.TryParse(bounds[bad], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                    ? $"{spec.Name} {number} is outside {spec.Min}-{spec.Max}"
                    : $"the {spec.Name} field has '{bounds[bad]}', which is no {spec.Name}";
            }

            if (values.Length == 2 && values[0] > values[1])
            {
                return $"the {spec.Name} range '{range}' runs backwards";
            }
        }

        return null;
    }

    private static int? Value(string text, (string Name, int Min, int Max, string[]? Names) spec)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= spec.Min && number <= spec.Max ? number : null;
        }

        var index = spec.Names is null ? -1 : Array.IndexOf(spec.Names, text.ToLowerInvariant());
        return index < 0 ? null : index + (spec.Name == "month" ? 1 : 0);
    }

    private static bool IsFebruary(string month) => month == "2" || month.Equals("feb", StringComparison.OrdinalIgnoreCase);

    // Levenshtein distance over two short names (time zone names are under 40 characters).
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
