namespace SpineConformance.Simulator.Tests.Persistence.Contract;

/// <summary>
/// What every store contract shares: a fresh backend per test from the abstract factory method, reopening it as a restart
/// would, and everything opened closed (and a temporary file deleted) after the test.
/// </summary>
public abstract class StoreContract
{
    // Backends a reopen replaced, closed after the test with the current one.
    private readonly List<StoreBackend> replaced = [];

    /// <summary>The stores of one kind of storage, over fresh, empty storage.</summary>
    private protected StoreBackend Stores { get; private set; } = null!;

    /// <summary>A token already cancelled: every store method must refuse it before it reads or changes anything.</summary>
    protected static CancellationToken Cancelled { get; } = new(canceled: true);

    protected static CancellationToken None => CancellationToken.None;

    [SetUp]
    public void OpenStores() => Stores = OpenBackend();

    [TearDown]
    public async Task CloseStoresAsync()
    {
        // None when the set-up ignored the test (a server database that is not there).
        if (Stores is not null)
        {
            await Stores.DisposeAsync();
        }

        foreach (var backend in replaced)
        {
            await backend.DisposeAsync();
        }

        replaced.Clear();
    }

    /// <summary>The abstract factory: a new kind of storage joins the suite by implementing this in one fixture per contract.</summary>
    private protected abstract StoreBackend OpenBackend();

    /// <summary>Closes the stores cleanly and opens the same storage again, as a restarted simulator would.</summary>
    private protected async Task ReopenAsync()
    {
        var reopened = await Stores.ReopenAsync();
        replaced.Add(Stores);
        Stores = reopened;
    }
}
