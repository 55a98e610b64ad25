namespace SpineConformance.Simulator.Persistence;

/// <summary>
/// The store chosen cannot be used as it is: a data file another simulator has open or a newer simulator wrote, a
/// database out of reach or migrated by a newer simulator. The start stops with the message alone, which says what to
/// do; no stack trace follows it, since nothing in the simulator's code is at fault.
/// </summary>
public sealed class StoreStartException : InvalidOperationException
{
    public StoreStartException()
    {
    }

    public StoreStartException(string message)
        : base(message)
    {
    }

    public StoreStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
