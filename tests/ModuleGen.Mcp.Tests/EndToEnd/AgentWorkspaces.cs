namespace ModuleGen.Mcp.Tests.EndToEnd;

/// <summary>The repositories the agent works in, and the text it writes there (documents and code an agent following
/// the skill would write; the tools never see them except as files).</summary>
internal static class AgentWorkspaces
{
    /// <summary>Copies a corpus skeleton of a public repository (tests/Corpus/NAME, origin in its ORIGIN.md).</summary>
    public static void CopyCorpus(TempWorkspace ws, string repository)
    {
        var source = Path.Join(RepoPaths.Root, "tests", "Corpus", repository);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Join(ws.Root, relative))!);
            if (relative is not "ORIGIN.md" && Path.GetFileName(file) != ".gitkeep")
            {
                File.Copy(file, Path.Join(ws.Root, relative));
            }
        }
    }

    /// <summary>Writes a classic Dagster OSS layout: workspace.yaml loading two gRPC code locations that live in
    /// code_locations/ and are served by docker compose, each a project pinning its Dagster version.</summary>
    public static void CodeLocations(TempWorkspace ws)
    {
        ws.Write("workspace.yaml", """
            load_from:
              - grpc_server:
                  host: sales
                  port: 4000
                  location_name: sales
              - grpc_server:
                  host: inventory
                  port: 4001
                  location_name: inventory

            """);
        ws.Write("docker-compose.yml", """
            services:
              sales:
                build: ./code_locations/sales
                command: dagster api grpc -h 0.0.0.0 -p 4000 -m sales.definitions
              inventory:
                build: ./code_locations/inventory
                command: dagster api grpc -h 0.0.0.0 -p 4001 -m inventory.definitions

            """);
        foreach (var location in new[] { "sales", "inventory" })
        {
            ws.Write($"code_locations/{location}/pyproject.toml", $"[project]\nname = \"{location}\"\ndependencies = [\"dagster==1.12.19\"]\n");
            ws.Write($"code_locations/{location}/{location}/__init__.py", "");
            ws.Write($"code_locations/{location}/{location}/definitions.py", "import dagster as dg\n\ndefs = dg.Definitions()\n");
        }
    }

    public const string OrdersContract = """
        # orders: contract

        Loads the orders of the shop's PostgreSQL database into Dagster every night at 02:00 UTC.

        - Asset `orders_raw`: the orders changed since the last run (id, customer, total, updated_at).
        - Asset `orders_daily_totals`: order count and revenue per day.
        - Configuration: the database through ORDERS_DB_* environment variables; `since` limits the first load.

        """;

    public const string OrdersSpec = """
        # orders: implementation spec

        One Dagster project registered in the repository's dg workspace. PostgreSQL resource from the pack; a schedule at
        `0 2 * * *` UTC over both assets. Tests materialize the assets in process with a fake database.

        """;

    /// <summary>The assets an agent writes in place of the pack's samples.</summary>
    public static string OrdersAssets(string package) => """"
        """Orders loaded from PostgreSQL, and their daily totals."""

        import dagster as dg

        from PACKAGE.defs.resources import PostgresResource

        GROUP = "orders"


        class OrdersConfig(dg.Config):
            """Where the first load starts."""

            since: str = "2024-01-01"


        @dg.asset(group_name=GROUP)
        def orders_raw(config: OrdersConfig, database: PostgresResource) -> list[dict[str, object]]:
            """Orders changed since `config.since`."""
            with database.connect() as connection:
                cursor = connection.cursor()
                cursor.execute(
                    "SELECT id, customer, total, updated_at FROM orders WHERE updated_at >= %s",
                    (config.since,),
                )
                names = [column[0] for column in cursor.description]
                return [dict(zip(names, row)) for row in cursor.fetchall()]


        @dg.asset(group_name=GROUP)
        def orders_daily_totals(orders_raw: list[dict[str, object]]) -> dict[str, float]:
            """Revenue per day."""
            totals: dict[str, float] = {}
            for order in orders_raw:
                day = str(order["updated_at"])[:10]
                totals[day] = totals.get(day, 0.0) + float(order["total"])  # type: ignore[arg-type]
            return totals

        """".Replace("PACKAGE", package, StringComparison.Ordinal);

    /// <summary>The test an agent writes: Dagster's run config as a dict literal, whose closing braces are no template.</summary>
    public static string OrdersTest(string package) => """"
        """The orders assets, materialized in process with a fake database."""

        import dagster as dg

        from PACKAGE.defs.assets import OrdersConfig, orders_daily_totals


        def test_daily_totals_add_up() -> None:
            totals = orders_daily_totals([{"updated_at": "2024-05-01T10:00", "total": 2.5}, {"updated_at": "2024-05-01T11:00", "total": 1.5}])
            assert totals == {"2024-05-01": 4.0}


        def test_run_config_names_the_start() -> None:
            config = {"ops": {"orders_raw": {"config": {"since": "2024-05-01"}}}}
            assert dg.RunConfig(ops={"orders_raw": OrdersConfig(since="2024-05-01")}).to_config_dict() == config

        """".Replace("PACKAGE", package, StringComparison.Ordinal);

    /// <summary>The same test without a dict literal ending in "}}", as an agent rewrites it after verify_files calls
    /// the braces unrendered template tokens.</summary>
    public static string OrdersTestWithoutBraces(string package) => OrdersTest(package)
        .Replace("""config = {"ops": {"orders_raw": {"config": {"since": "2024-05-01"}}}}""", """config = dict(ops=dict(orders_raw=dict(config=dict(since="2024-05-01"))))""");

    /// <summary>A second schedule in its own defs/ module, as an agent adds one beside the pack's.</summary>
    public static string HourlySchedule(string package) => """"
        """Runs the orders job every hour as well (in addition to the nightly schedule)."""

        import dagster as dg

        from PACKAGE.defs.schedules import PACKAGE_job

        PACKAGE_hourly_schedule = dg.ScheduleDefinition(
            name="PACKAGE_hourly_schedule",
            job=PACKAGE_job,
            cron_schedule="0 * * * *",
            execution_timezone="UTC",
        )

        """".Replace("PACKAGE", package, StringComparison.Ordinal);

    /// <summary>The pack's resources.py with its sample settings replaced by the module's own (the marker line gone).</summary>
    public static string WithoutSampleSettings(string resources)
    {
        var lines = resources.Split('\n').Where(l => !l.Contains("TODO(modulegen)", StringComparison.Ordinal));
        return string.Join('\n', lines).Replace("    batch_size: int = 100", "    page_size: int = 500", StringComparison.Ordinal);
    }

    /// <summary>The reconciliation job an agent writes as a module under a Dagster project's defs/.</summary>
    public static string ReconciliationJob(string package) => """"
        """Reconciles the invoices with the payments every night (found by load_from_defs_folder)."""

        import dagster as dg

        from PACKAGE.defs.assets import GROUP

        reconciliation_job = dg.define_asset_job(name="PACKAGE_reconciliation_job", selection=dg.AssetSelection.groups(GROUP))

        reconciliation_schedule = dg.ScheduleDefinition(
            name="PACKAGE_reconciliation_schedule",
            job=reconciliation_job,
            cron_schedule="30 3 * * *",
            execution_timezone="UTC",
        )

        """".Replace("PACKAGE", package, StringComparison.Ordinal);

    /// <summary>A brick document an agent writes in place of a skeleton.</summary>
    public static string BrickDocument(string module, string brick, string kind, string what) => $"""
        # {brick}: {kind}

        Part of `{module}`. {what}

        - Inputs and outputs are Dagster assets; configuration through environment variables.
        - Errors from the database fail the run and are retried by the schedule.

        """;
}
