using System.Buffers.Binary;
using System.Globalization;
using Microsoft.Win32.SafeHandles;

namespace SpineConformance.Simulator.Persistence.Sqlite;

/// <summary>Where one entry's bodies are: which body file, and the offset of its record in it.</summary>
internal readonly record struct BodyLocation(long Segment, long Offset);

/// <summary>
/// The journal's message bodies, appended to files of their own in a folder beside the SQLite file
/// (<c>spine-simulator.db-bodies/</c>), while the file keeps each entry's row and where its bodies are. An exchange's 8 KB
/// of bodies in SQLite took two overflow pages per body, written through the WAL and copied again by every checkpoint, and
/// the retention prune then walked those pages to delete them and moved pages about to shrink the file: 25 to 40 µs of
/// CPU per pruned entry (2026-12-07). Appended here, the bodies of every entry a commit carries are one write to the end
/// of a file, and the prune deletes whole files once no entry points into them.
/// <para>
/// Each body file holds records one after another: <c>SCB1</c>, the entry's id (8 bytes), the request's and the answer's
/// lengths (4 bytes each, little-endian), then the request's bytes and the answer's. A record never spans two files; a
/// file is closed once it passes <see cref="DefaultSegmentBytes"/> and the next number is opened. The records of the
/// entries a transaction holds are written (to the operating system, as SQLite writes its WAL with
/// <c>synchronous = NORMAL</c>) before that transaction commits, so a row in the file always has its bodies on disk
/// after a crash of the process; a file is flushed to the disk as it is closed and as the simulator stops. A record whose
/// transaction was rolled back stays as unreferenced bytes until its file is deleted.
/// </para>
/// <para>
/// One process owns the folder: it holds <c>lock</c> in it open and locked while it runs, so a second simulator on the
/// same data file stops at start, saying so, instead of writing into the same files.
/// </para>
/// </summary>
internal sealed class JournalBodyFiles : IDisposable
{
    /// <summary>The size past which a body file is closed and the next one begun: the prune frees space a file at a time.</summary>
    public const long DefaultSegmentBytes = 16L << 20;

    /// <summary>
    /// The size of a body file for a journal kept to <paramref name="maxBytes"/> of bodies (<c>Simulator:Retention:MaxBytes</c>):
    /// a 32nd of it, between 64 KiB and <see cref="DefaultSegmentBytes"/>. The prune deletes a file only once every entry in
    /// it is gone, so the files hold at most the bytes kept and about one file more.
    /// </summary>
    public static long SegmentBytesFor(long maxBytes) => Math.Clamp(maxBytes / 32, 64 * 1024, DefaultSegmentBytes);

    /// <summary>The folder beside the data file that holds its body files.</summary>
    public static string FolderFor(string dataFile) => dataFile + "-bodies";

    private const int HeaderBytes = 20;
    private const string Extension = ".bodies";
    private static ReadOnlySpan<byte> Magic => "SCB1"u8;

    // Records are gathered in one buffer, kept for the process's life (a buffer grown and shrunk per commit was a large
    // object allocated again and again), and written with one call when the transaction that holds them is about to
    // commit; a batch that fills it is written as it goes, and a record larger than it is written alone at once.
    private const int BufferBytes = 1 << 20;

    private readonly long segmentBytes;
    private readonly SafeFileHandle folderLock;
    private SafeFileHandle current;
    private long flushed;
    private readonly byte[] buffer = new byte[BufferBytes];
    private int buffered;

    private JournalBodyFiles(string folder, long segmentBytes, SafeFileHandle folderLock, long currentSegment)
    {
        Folder = folder;
        this.segmentBytes = segmentBytes;
        this.folderLock = folderLock;
        CurrentSegment = currentSegment;
        current = OpenForWriting(currentSegment, out flushed);
    }

    public string Folder { get; }

    private long currentSegment;

    /// <summary>
    /// The number of the body file being appended to; lower numbers are closed and only read or deleted. Changed only
    /// under the write turn, and read from any thread (the prune reads it before it looks for the files in use).
    /// </summary>
    public long CurrentSegment
    {
        get => Volatile.Read(ref currentSegment);
        private set => Volatile.Write(ref currentSegment, value);
    }

    /// <summary>Opens (creating if need be) the body folder of <paramref name="dataFile"/> and takes its lock.</summary>
    public static JournalBodyFiles Open(string dataFile, long segmentBytes = DefaultSegmentBytes)
    {
        var folder = FolderFor(dataFile);
        System.IO.Directory.CreateDirectory(folder);
        SafeFileHandle folderLock;
        try
        {
            // FileShare.None takes an exclusive lock on the file (flock on Linux), which the operating system lets go of when
            // the process ends, however it ends.
            folderLock = File.OpenHandle(Path.Combine(folder, "lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            throw new StoreStartException(
                $"The data file '{dataFile}' is in use by another simulator: its journal body folder '{folder}' is locked. "
                + "Stop that simulator, or start this one with another --data file (several simulators share state through --store postgresql).", ex);
        }

        try
        {
            return new JournalBodyFiles(folder, segmentBytes, folderLock, Math.Max(1, Segments(folder).DefaultIfEmpty().Max()));
        }
        catch
        {
            folderLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Under the write turn, inside the transaction that will hold the entry's row: adds the entry's record and says where
    /// it is. The record reaches the file by <see cref="Flush"/>, before that transaction commits.
    /// </summary>
    public BodyLocation Append(long id, byte[] request, byte[] response)
    {
        var length = HeaderBytes + (long)request.Length + response.Length;
        if (flushed + buffered > 0 && flushed + buffered + length > segmentBytes)
        {
            Flush();
            Roll();
        }
        else if (length > buffer.Length - buffered)
        {
            Flush();
        }

        var location = new BodyLocation(CurrentSegment, flushed + buffered);
        if (length > buffer.Length)
        {
            // Written now, before the transaction commits as it must be; if the transaction is rolled back, these bytes
            // stay unreferenced, like a record a crash left.
            var header = new byte[HeaderBytes];
            WriteHeader(header, id, request.Length, response.Length);
            RandomAccess.Write(current, [header, request, response], flushed);
            flushed += length;
            return location;
        }

        var record = buffer.AsSpan(buffered, (int)length);
        WriteHeader(record, id, request.Length, response.Length);
        request.CopyTo(record[HeaderBytes..]);
        response.CopyTo(record[(HeaderBytes + request.Length)..]);
        buffered += (int)length;
        return location;
    }

    private static void WriteHeader(Span<byte> record, long id, int requestLength, int responseLength)
    {
        Magic.CopyTo(record);
        BinaryPrimitives.WriteInt64LittleEndian(record[4..], id);
        BinaryPrimitives.WriteInt32LittleEndian(record[12..], requestLength);
        BinaryPrimitives.WriteInt32LittleEndian(record[16..], responseLength);
    }

    /// <summary>Under the write turn, before a transaction commits: writes the records added since the last write.</summary>
    public void Flush()
    {
        if (buffered == 0)
        {
            return;
        }

        try
        {
            RandomAccess.Write(current, buffer.AsSpan(0, buffered), flushed);
            flushed += buffered;
        }
        finally
        {
            // Written or not, these records are done with: when the write failed, so does the commit, and each write runs
            // again (appending its record again, from the same offset).
            Discard();
        }
    }

    /// <summary>Under the write turn, when a transaction is rolled back: forgets the records not yet written.</summary>
    public void Discard() => buffered = 0;

    /// <summary>
    /// Reads an entry's bodies from any thread; null, with the reason, when its file or record is not what its row says
    /// (the file was deleted by a prune that also deleted the row, or changed outside the simulator).
    /// </summary>
    public (byte[] Request, byte[] Response)? Read(BodyLocation location, long id, int requestLength, int responseLength, out string? problem)
    {
        var path = PathOf(location.Segment);
        try
        {
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            Span<byte> header = stackalloc byte[HeaderBytes];
            if (RandomAccess.Read(file, header, location.Offset) != HeaderBytes || !header[..4].SequenceEqual(Magic)
                || BinaryPrimitives.ReadInt64LittleEndian(header[4..]) != id
                || BinaryPrimitives.ReadInt32LittleEndian(header[12..]) != requestLength
                || BinaryPrimitives.ReadInt32LittleEndian(header[16..]) != responseLength)
            {
                problem = $"the body file '{path}' holds no record of entry {id} at offset {location.Offset}: it was changed outside the simulator";
                return null;
            }

            var request = new byte[requestLength];
            var response = new byte[responseLength];
            if (ReadExactly(file, request, location.Offset + HeaderBytes) && ReadExactly(file, response, location.Offset + HeaderBytes + requestLength))
            {
                problem = null;
                return (request, response);
            }

            problem = $"the body file '{path}' ends inside the record of entry {id}: it was cut short outside the simulator";
            return null;
        }
        catch (FileNotFoundException)
        {
            problem = $"the body file '{path}' is gone";
            return null;
        }
    }

    /// <summary>
    /// Once the rows that pointed at them are deleted and committed: overwrites bodies with zeros, so what a reset forgot is
    /// not left readable in a file that also holds entries still kept. Needs no write turn: it writes through a handle of
    /// its own, where nothing else writes (the records were written before their rows committed, and records are only
    /// ever added past them).
    /// </summary>
    public void Erase(BodyLocation location, int requestLength, int responseLength)
    {
        SafeFileHandle file;
        try
        {
            file = File.OpenHandle(PathOf(location.Segment), FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (FileNotFoundException)
        {
            return; // Deleted by a prune meanwhile, with everything in it.
        }

        using (file)
        {
            var zeros = new byte[Math.Min(requestLength + responseLength, 64 * 1024)];
            for (long at = location.Offset + HeaderBytes, end = at + requestLength + responseLength; at < end; at += zeros.Length)
            {
                RandomAccess.Write(file, zeros.AsSpan(0, (int)Math.Min(zeros.Length, end - at)), at);
            }
        }
    }

    /// <summary>
    /// Deletes every body file numbered below <paramref name="below"/>; returns how many. Safe while exchanges write when
    /// <paramref name="below"/> is at most the lowest file a committed row pointed at and at most <see cref="CurrentSegment"/>,
    /// both read before: a row committed since went to the file being appended to when it was written, which is not lower.
    /// </summary>
    public int DeleteBelow(long below)
    {
        var deleted = 0;
        foreach (var segment in Segments(Folder))
        {
            if (segment < below && segment != CurrentSegment)
            {
                File.Delete(PathOf(segment));
                deleted++;
            }
        }

        return deleted;
    }

    /// <summary>Under the write turn, once no row points at any body: deletes every body file and begins the next number.</summary>
    public void DeleteAll()
    {
        Discard();
        current.Dispose();
        var next = CurrentSegment + 1;
        foreach (var segment in Segments(Folder))
        {
            File.Delete(PathOf(segment));
        }

        CurrentSegment = next;
        current = OpenForWriting(next, out flushed);
    }

    /// <summary>The bytes the body files take on disk, for tests and the storage figures.</summary>
    public long BytesOnDisk() => Segments(Folder).Sum(segment => new FileInfo(PathOf(segment)).Length);

    public void Dispose()
    {
        if (folderLock.IsClosed)
        {
            return;
        }

        try
        {
            RandomAccess.FlushToDisk(current);
        }
        finally
        {
            current.Dispose();
            folderLock.Dispose();
        }
    }

    // A file is flushed to the disk as it is closed, so an operating-system crash or a power cut can lose at most the
    // bodies of the file being appended to (whose rows then say their bytes cannot be read), as SQLite's own WAL with
    // synchronous = NORMAL can lose the commits since its last checkpoint.
    private void Roll()
    {
        RandomAccess.FlushToDisk(current);
        current.Dispose();
        CurrentSegment++;
        current = OpenForWriting(CurrentSegment, out flushed);
    }

    private SafeFileHandle OpenForWriting(long segment, out long length)
    {
        var file = File.OpenHandle(PathOf(segment), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        // Appended after whatever is there: a record a crash left half written belongs to no row.
        length = RandomAccess.GetLength(file);
        return file;
    }

    private static bool ReadExactly(SafeFileHandle file, Span<byte> into, long offset)
    {
        while (into.Length > 0)
        {
            var read = RandomAccess.Read(file, into, offset);
            if (read == 0)
            {
                return false;
            }

            into = into[read..];
            offset += read;
        }

        return true;
    }

    private string PathOf(long segment) => Path.Combine(Folder, segment.ToString("D10", CultureInfo.InvariantCulture) + Extension);

    private static List<long> Segments(string folder) =>
        System.IO.Directory.EnumerateFiles(folder, "*" + Extension)
            .Select(path => long.TryParse(Path.GetFileNameWithoutExtension(path), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0)
            .Where(number => number > 0)
            .ToList();
}
