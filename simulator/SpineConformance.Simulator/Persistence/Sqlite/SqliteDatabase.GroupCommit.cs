using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace SpineConformance.Simulator.Persistence.Sqlite;

/// <summary>
/// The group commit every write an exchange makes goes through: a state change (a Set's permissions, an LR created or
/// changed) and every journal entry. Each write is queued; whoever gets the write turn next writes everything queued, its
/// own write and the others', in one transaction, and each caller returns once the transaction holding its write has
/// committed. Under concurrent requests one commit then serves many exchanges: a commit rewrites every page it touched
/// (the last leaf of each table and index, the pointer map) however little it carries, so a Set that committed its
/// permissions and then its journal entry alone wrote those pages twice. Writes that are not an exchange's (migrations,
/// resets, the prune, admin changes) take the turn themselves (<see cref="OpenWriterAsync"/>).
/// </summary>
internal sealed partial class SqliteDatabase
{
    // Writes waiting for the next transaction, oldest first. A write leaves the queue only under the write turn and is
    // completed before the turn is released, so a caller whose write is complete when its turn comes has nothing to do.
    private readonly ConcurrentQueue<QueuedWrite> queued = new();
    private int behindScheduled;
    private long commits;

    /// <summary>How many transactions the group commit has committed so far (for tests of the batching).</summary>
    internal long Commits => Interlocked.Read(ref commits);

    /// <summary>
    /// Runs <paramref name="work"/> in the next transaction, shared with every write queued meanwhile, and returns its
    /// result once that transaction has committed. Once queued, the write is made whatever happens to the caller: the
    /// token is looked at only before. The work may run twice: when another write in its transaction fails, the
    /// transaction is rolled back and each write runs again in a transaction of its own, so one write that cannot be
    /// stored does not fail the others. It must therefore do nothing but read and write through the writer it is given.
    /// </summary>
    public async Task<T> CommitAsync<T>(Func<SqliteWriter, SqliteTransaction, T> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var write = new QueuedWrite<T>(work, null);
        queued.Enqueue(write);
        // The exchanges already running get to queue their writes before this one asks for the turn: the continuation
        // goes to the back of the thread pool's queue, which is empty when the simulator is idle (so a lone client waits
        // for nothing) and full of other requests under load. Under 16 connections of Sets a commit then carried 7.3
        // writes instead of 1.65, and a Set cost 7 % less CPU (medians of 3 runs in turns, 2026-12-07).
        await Task.Yield();
        await using (var writer = await OpenWriterAsync(CancellationToken.None))
        {
            if (!write.Task.IsCompleted)
            {
                WriteQueued(writer);
            }
        }

        return await write.Task;
    }

    /// <summary>
    /// Queues <paramref name="work"/> to be written after <paramref name="window"/>, with whatever else queues meanwhile,
    /// for a write whose caller does not wait for it (a read-only exchange's journal entry); returns the task of its
    /// commit. A write waiting this way is made sooner by any <see cref="CommitAsync{T}"/>, by <see cref="FlushAsync"/>
    /// and by a clean stop. The window is real time, not the simulator's clock: it is how the file is written, not
    /// something the simulated Spine does, and a test's stopped clock must not stop it.
    /// </summary>
    /// <param name="settled">Run as soon as the write has been committed or has failed, before the write turn passes on,
    /// so nothing written or deleted after it can be overtaken by it.</param>
    public Task<T> CommitBehind<T>(Func<SqliteWriter, SqliteTransaction, T> work, TimeSpan window, Action? settled = null)
    {
        var write = new QueuedWrite<T>(work, settled);
        queued.Enqueue(write);
        // One write behind is scheduled at a time; what queues while it waits joins it.
        if (Interlocked.Exchange(ref behindScheduled, 1) == 0)
        {
            _ = Task.Run(() => WriteBehindAsync(window), CancellationToken.None);
        }

        return write.Task;
    }

    /// <summary>Writes everything queued now, without waiting for a window.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await using var writer = await OpenWriterAsync(cancellationToken);
        WriteQueued(writer);
    }

    /// <inheritdoc cref="FlushAsync"/>
    public void Flush()
    {
        using var writer = OpenWriter();
        WriteQueued(writer);
    }

    private async Task WriteBehindAsync(TimeSpan window)
    {
        await Task.Delay(window, TimeProvider.System);
        if (queued.IsEmpty)
        {
            // A commit or a flush wrote them meanwhile. Cleared before the queue is looked at again: a write queued
            // before the clear is seen here, and one queued after it schedules its own.
            Volatile.Write(ref behindScheduled, 0);
            if (queued.IsEmpty)
            {
                return;
            }
        }

        await using var writer = await OpenWriterAsync(CancellationToken.None);
        // Cleared under the turn, before the queue is emptied: a write queued after this schedules the next one.
        Volatile.Write(ref behindScheduled, 0);
        WriteQueued(writer);
    }

    /// <summary>Under the turn: writes everything queued in one transaction (see the type's summary).</summary>
    internal void WriteQueued(SqliteWriter writer)
    {
        List<QueuedWrite> batch = [];
        while (queued.TryDequeue(out var next))
        {
            batch.Add(next);
        }

        if (batch.Count == 0 || Commit(writer, batch) is not { } error)
        {
            return;
        }

        // One write that cannot be made must not fail the others that happened to share its transaction.
        foreach (var one in batch)
        {
            if ((batch.Count == 1 ? error : Commit(writer, [one])) is { } own)
            {
                one.Fail(own);
            }
        }
    }

    // Runs the writes in one transaction and completes them once it has committed; returns what stopped the commit,
    // having completed none (the transaction is rolled back as it is disposed).
    private Exception? Commit(SqliteWriter writer, List<QueuedWrite> writes)
    {
        try
        {
            using var transaction = writer.BeginTransaction();
            foreach (var write in writes)
            {
                write.Run(writer, transaction);
            }

            // The bodies of the journal entries in this transaction reach their file before the rows that point at them.
            bodies?.Flush();
            transaction.Commit();
            Interlocked.Increment(ref commits);
        }
#pragma warning disable CA1031 // Whatever stopped the commit is the failure of the writes in it, handed to each of their callers.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            bodies?.Discard();
            return ex;
        }

        foreach (var write in writes)
        {
            write.Complete();
        }

        return null;
    }

    private abstract class QueuedWrite
    {
        public abstract void Run(SqliteWriter writer, SqliteTransaction transaction);

        public abstract void Complete();

        public abstract void Fail(Exception error);
    }

    private sealed class QueuedWrite<T>(Func<SqliteWriter, SqliteTransaction, T> work, Action? settled) : QueuedWrite
    {
        private readonly TaskCompletionSource<T> done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? result;

        public Task<T> Task => done.Task;

        // The last run's result: a run in a transaction that was rolled back is run again.
        public override void Run(SqliteWriter writer, SqliteTransaction transaction) => result = work(writer, transaction);

        public override void Complete()
        {
            settled?.Invoke();
            done.SetResult(result!);
        }

        public override void Fail(Exception error)
        {
            settled?.Invoke();
            done.SetException(error);
        }
    }
}
