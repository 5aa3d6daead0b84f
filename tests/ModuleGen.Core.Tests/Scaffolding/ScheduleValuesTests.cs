using ModuleGen.Core.Scaffolding;

namespace ModuleGen.Core.Tests.Scaffolding;

/// <summary>Cron strings and time zone names are checked as Dagster checks them: tables of values Dagster accepts and
/// refuses, and properties over every value of every field and every name of the tz database.</summary>
public sealed class ScheduleValuesTests
{
    [Theory]
    [InlineData("0 2 * * *")]
    [InlineData("0 6 * * *")]
    [InlineData("*/15 * * * *")]
    [InlineData("0 0 1 * *")]
    [InlineData("0 9-17 * * mon-fri")]
    [InlineData("0,30 8,20 * * 1,3,5")]
    [InlineData("5 4 * JAN,jul sun")]
    [InlineData("0 0 L * *")]
    [InlineData("0 0 * * 5#2")]
    [InlineData("0 12 * * 7")]
    [InlineData("0 0 29 2 *")]
    [InlineData("1-10/3 * * * *")]
    [InlineData("@hourly")]
    [InlineData("@daily")]
    [InlineData("@weekly")]
    [InlineData("@monthly")]
    [InlineData("@yearly")]
    [InlineData("  0 2 * * *  ")]
    public void CronProblem_ValueDagsterAccepts_IsNull(string cron) => ScheduleValues.CronProblem(cron).Should().BeNull();

    [Theory]
    [InlineData("0 25 * * *", "hour 25 is outside 0-23")]
    [InlineData("60 * * * *", "minute 60 is outside 0-59")]
    [InlineData("0 0 0 * *", "day of month 0 is outside 1-31")]
    [InlineData("0 0 * 13 *", "month 13 is outside 1-12")]
    [InlineData("0 0 * * 8", "day of week 8 is outside 0-7")]
    [InlineData("0 0 * * * *", "6 field(s)")]
    [InlineData("0 0 * *", "4 field(s)")]
    [InlineData("banana", "not a cron expression")]
    [InlineData("@every_minute", "no alias")]
    [InlineData("*/0 * * * *", "step")]
    [InlineData("0 0 30 2 *", "February has no day 30")]
    [InlineData("0 0 31 feb *", "February has no day 31")]
    [InlineData("0 17-9 * * *", "runs backwards")]
    [InlineData("0 0 * * 5#6", "weekday#n")]
    [InlineData("0 0 ? * *", "which is no day of month")]
    [InlineData("0 0 15W * *", "which is no day of month")]
    [InlineData("0 0 1,,2 * *", "empty list item")]
    public void CronProblem_ValueDagsterRefuses_SaysWhy(string cron, string reason) =>
        ScheduleValues.CronProblem(cron).Should().Contain(reason);

    [Fact]
    public void CronProblem_EveryValueOfEveryField_AcceptedInsideItsRangeRefusedOutside()
    {
        var ranges = new[] { (0, 59), (0, 23), (1, 31), (1, 12), (0, 7) };
        for (var field = 0; field < 5; field++)
        {
            var (min, max) = ranges[field];
            for (var value = min - 1; value <= max + 1; value++)
            {
                if (value < 0)
                {
                    continue;
                }

                var parts = new[] { "*", "*", "*", "*", "*" };
                parts[field] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var problem = ScheduleValues.CronProblem(string.Join(' ', parts));
                if (value >= min && value <= max)
                {
                    problem.Should().BeNull($"field {field} takes {value}");
                }
                else
                {
                    problem.Should().Contain("is outside", $"field {field} refuses {value}");
                }
            }
        }
    }

    [Theory]
    [InlineData("UTC")]
    [InlineData("Europe/Berlin")]
    [InlineData("America/Argentina/Buenos_Aires")]
    [InlineData("Etc/GMT+5")]
    [InlineData("Etc/GMT-14")]
    [InlineData("US/Eastern")]
    [InlineData("Asia/Kolkata")]
    public void TimeZone_IanaName_IsKnown(string name) => ScheduleValues.TimeZone(name).Known.Should().BeTrue();

    [Theory]
    [InlineData("Europe/Berln", "Europe/Berlin")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("America/New_Yrok", "America/New_York")]
    [InlineData("Etc/GMT+15", "Etc/GMT+1")]
    [InlineData("CEST", "CET")]
    public void TimeZone_UnknownName_NamesTheClosest(string name, string closest)
    {
        var (known, suggestion) = ScheduleValues.TimeZone(name);
        known.Should().BeFalse();
        suggestion.Should().Be(closest);
    }

    [Fact]
    public void TimeZone_EveryNameOfTheDatabase_IsKnownAndItsOtherCaseSuggestsIt()
    {
        var names = NodaTime.DateTimeZoneProviders.Tzdb.Ids;
        names.Should().HaveCountGreaterThan(400).And.Contain(["Etc/GMT+5", "Europe/Berlin", "UTC"]);
        foreach (var name in names)
        {
            ScheduleValues.TimeZone(name).Known.Should().BeTrue(name);
            if (name.ToUpperInvariant() != name && !names.Contains(name.ToUpperInvariant()))
            {
                ScheduleValues.TimeZone(name.ToUpperInvariant()).Should().Be((false, name));
            }
        }
    }
}
