namespace ModuleGen.Mcp.Tests.EndToEnd;

/// <summary>The documents and code an agent writes for request (4), a ledger module, through the steps of the
/// intent-driven module pipeline; IDs are spelt as next_id gave them.</summary>
internal sealed record LedgerDocs(SpecIdSpelling Req, SpecIdSpelling Scen, SpecIdSpelling? Task)
{
    /// <summary>Step 1: the design in words; phases named, no IDs yet.</summary>
    public const string DesignInWords = """
        # ledger: intent design

        ## Overview
        The ledger records every payment and refund as an entry that is never changed afterwards, and tells the balance
        of an account at any time.

        ## API Surface
        - `post_entry(account, amount)` records one entry
        - `balance(account)` sums the entries of an account

        ## Phases

        ### Entries and balances
        Posting entries and reading balances.

        ### Monthly statements
        One statement per account and month.

        """;

    private string Phase(int n) => $"PHASE-{Req.Module}-{n}";

    private string T(int offset) => Task!.At(offset);

    public string Design => $"""
        # ledger: intent design

        ## Overview
        The ledger records every payment and refund as an entry that is never changed afterwards, and tells the balance
        of an account at any time.

        ## API Surface
        - `post_entry(account, amount)` records one entry - see {Scen.At(0)}
        - `balance(account)` sums the entries of an account - see {Scen.At(1)}

        ## Configuration

        ### Entries and balances ({Phase(1)})
        - Entries are append-only ({Req.At(0)}), balances are sums ({Req.At(1)})
        - Implements: {Scen.At(0)}, {Scen.At(1)}

        ### Monthly statements ({Phase(2)})
        - A statement per account and month ({Req.At(2)})
        - Implements: {Scen.At(2)}

        """;

    public string Requirements => $"""
        # ledger: intent requirements

        ### {Req.At(0)}: Append-only entries
        The ledger MUST keep every entry it accepted unchanged ({Phase(1)}).

        ### {Req.At(1)}: Balance
        The balance of an account MUST equal the sum of its entries ({Phase(1)}).

        ### {Req.At(2)}: Monthly statement
        The ledger SHOULD produce one statement per account and month ({Phase(2)}).

        """;

    public string Scenarios => $"""
        # ledger: intent scenarios

        ## {Phase(1)}

        ### {Scen.At(0)}: Post an entry
        - **WHEN** an entry of 10.00 is posted to account A
        - **THEN** the ledger keeps it unchanged ({Req.At(0)})

        ### {Scen.At(1)}: Read a balance
        - **WHEN** entries of 10.00 and -2.50 were posted to account A
        - **THEN** the balance of A is 7.50 ({Req.At(1)})

        ## {Phase(2)}

        ### {Scen.At(2)}: Monthly statement
        - **WHEN** a month ends
        - **THEN** each account gets a statement of its entries ({Req.At(2)})

        """;

    public string Tasks => $"""
        # ledger: tasks

        ## Phase 1

        ### {T(0)}: Entries and balances
        - [x] 1.1 Append-only entry store ({Scen.At(0)}, {Req.At(0)})
        - [x] 1.2 Balance as the sum of entries ({Scen.At(1)}, {Req.At(1)})
        - [x] 1.3 Unit tests ({Scen.At(0)}, {Scen.At(1)})

        ## Phase 2

        ### {T(1)}: Monthly statements
        - [ ] 2.1 Statement per account and month ({Scen.At(2)}, {Req.At(2)})

        """;

    public string Code => $$"""
        # Implements {{Scen.At(0)}} and {{Scen.At(1)}} ({{T(0)}})
        from decimal import Decimal

        _entries: list[tuple[str, Decimal]] = []


        def post_entry(account: str, amount: Decimal) -> None:
            _entries.append((account, amount))  # {{Req.At(0)}}


        def balance(account: str) -> Decimal:
            return sum((amount for name, amount in _entries if name == account), Decimal(0))  # {{Req.At(1)}}


        # TODO({{Phase(2)}}): monthly statements ({{Scen.At(2)}})

        """;

    public string UnitTests => $"""
        from decimal import Decimal

        from ledger.ledger import balance, post_entry


        def test_balance_sums_entries():  # {Scen.At(1)}
            post_entry("A", Decimal("10.00"))  # {Scen.At(0)}
            post_entry("A", Decimal("-2.50"))
            assert balance("A") == Decimal("7.50")

        """;

    public string ActualDesign => $"""
        # ledger: actual design

        ## Overview
        Phase 1 is implemented: entries ({Scen.At(0)}) and balances ({Scen.At(1)}), in memory.

        """;

    public string ActualRequirements => $"""
        # ledger: actual requirements

        ### {Req.At(0)}: Append-only entries
        The ledger MUST keep every entry unchanged; implemented as an in-memory list.

        """;

    public string ActualScenarios => $"""
        # ledger: actual scenarios

        ## {Phase(1)}

        ### {Scen.At(0)}: Post an entry
        - **WHEN** an entry is posted
        - **THEN** it is appended to the list ({Req.At(0)})
        - Status: implemented

        """;

    public string IntentVsActual => $"""
        # Intent vs actual

        ### {Scen.At(0)}: Post an entry
        - **Intent:** durable entries
        - **Actual:** entries live in memory until a store is chosen
        - **Gap:** persistence

        """;

    public string Changelog => $"""
        # Changelog

        All notable changes to this module will be documented in this file.

        ## [Unreleased]

        ## [0.1.0] - 2025-01-31
        ### Added
        - {Scen.At(0)}: Post entries
        - {Scen.At(1)}: Read balances

        """;
}
