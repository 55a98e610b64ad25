using System.Xml;

namespace SpineConformance.Hl7.Xml;

/// <summary>
/// The element, attribute and prefix names one thread's readers have met, kept from one document to the next. A reader
/// turns every name it reads into a string held by its name table; with a new table for each document (the default), an
/// ACS Get's 40-odd names were made again for every request: 5.5 KB of the 33.5 KB its read allocated, and a tenth of the
/// time (2026-12-07). With this table a name already met is found, not made.
/// <para>
/// Bounded: a table that has taken <see cref="MaxNames"/> names, or names of <see cref="MaxCharacters"/> characters in
/// all, is not given to another document (the one reading keeps it to its end), and the thread starts a new one. So
/// documents full of made-up or enormous names cost what they did before, and cannot make the table grow without end: a
/// thread keeps at most about 512 KB of names from one document to the next.
/// </para>
/// <para>
/// Not thread-safe, and not meant to be: <see cref="ForThisThread"/> gives each thread its own, and a document is read on
/// one thread from its first byte to its last (<see cref="HardenedXml"/> reads synchronously).
/// </para>
/// </summary>
internal sealed class ThreadNameTable : XmlNameTable
{
    /// <summary>
    /// The most names a table takes before its thread starts another: far above what Spine's messages use (the ACS and
    /// LR messages together use a few hundred), far below what would matter in memory.
    /// </summary>
    public const int MaxNames = 4096;

    /// <summary>The most characters of names a table takes before its thread starts another (256 Ki, 512 KB).</summary>
    public const int MaxCharacters = 256 * 1024;

    [ThreadStatic]
    private static ThreadNameTable? current;

    private readonly NameTable names = new();

    /// <summary>How many names this table has taken.</summary>
    public int Count { get; private set; }

    /// <summary>How many characters the names this table has taken hold in all.</summary>
    public long Characters { get; private set; }

    /// <summary>
    /// Whether the table has taken its <see cref="MaxNames"/> names or <see cref="MaxCharacters"/> characters, and so is
    /// given to no further document.
    /// </summary>
    public bool IsFull => Count >= MaxNames || Characters >= MaxCharacters;

    /// <summary>This thread's table, or a new one when it has none or its table is full.</summary>
    public static ThreadNameTable ForThisThread() =>
        current is { IsFull: false } table ? table : current = new ThreadNameTable();

    public override string Add(char[] array, int offset, int length) =>
        names.Get(array, offset, length) ?? Taken(names.Add(array, offset, length));

    public override string Add(string array) => names.Get(array) ?? Taken(names.Add(array));

    public override string? Get(char[] array, int offset, int length) => names.Get(array, offset, length);

    public override string? Get(string array) => names.Get(array);

    private string Taken(string name)
    {
        Count++;
        Characters += name.Length;
        return name;
    }
}
