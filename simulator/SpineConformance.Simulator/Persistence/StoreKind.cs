namespace SpineConformance.Simulator.Persistence;

/// <summary>Where the simulator keeps its state (<c>Simulator:Store</c>, <c>--store</c>); every store follows the one choice.</summary>
public enum StoreKind
{
    /// <summary>One SQLite file (<c>Simulator:DataFile</c>), for one simulator process: a developer or a CI run.</summary>
    Sqlite,

    /// <summary>This process's memory: nothing outlives it.</summary>
    Memory,

    /// <summary>A PostgreSQL database (<c>Simulator:ConnectionString</c> or <c>PG*</c> variables) that several replicas may share.</summary>
    PostgreSql,
}
