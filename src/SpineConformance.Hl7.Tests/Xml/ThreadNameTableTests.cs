using System.Globalization;
using System.Text;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Tests.Xml;

public sealed class ThreadNameTableTests
{
    [Test]
    public void Add_ANameMetBefore_IsFoundNotTakenAgain()
    {
        var table = new ThreadNameTable();

        var first = table.Add("creationTime".ToCharArray(), 0, "creationTime".Length);
        var again = table.Add("<creationTime value=".ToCharArray(), 1, "creationTime".Length);

        Assert.That(again, Is.SameAs(first));
        Assert.That(table.Count, Is.EqualTo(1));
        Assert.That(table.Get("creationTime"), Is.SameAs(first));
        Assert.That(table.Get("versionCode"), Is.Null);
    }

    [Test]
    public void ForThisThread_GivesTheSameTableUntilItIsFull_ThenANewOne()
    {
        Task.Run(() =>
        {
            var table = ThreadNameTable.ForThisThread();
            Assert.That(ThreadNameTable.ForThisThread(), Is.SameAs(table));

            for (var i = 0; table.Count < ThreadNameTable.MaxNames; i++)
            {
                table.Add($"made-up-{i}");
            }

            Assert.That(table.IsFull, Is.True);
            var next = ThreadNameTable.ForThisThread();
            Assert.That(next, Is.Not.SameAs(table));
            Assert.That(next.Count, Is.Zero);
        }).GetAwaiter().GetResult();
    }

    [Test]
    public void Load_ADocumentWithAnEnormousName_IsReadWhole_AndTheNextDocumentStartsANewTable()
    {
        Task.Run(() =>
        {
            var name = "n" + new string('x', ThreadNameTable.MaxCharacters);
            var table = ThreadNameTable.ForThisThread();

            var result = HardenedXml.Load(Encoding.UTF8.GetBytes($"<{name}/>"));

            Assert.That(result.Success, Is.True, result.Error);
            Assert.That(result.Document!.Root!.Name.LocalName, Is.EqualTo(name));
            Assert.That(table.IsFull, Is.True);
            Assert.That(ThreadNameTable.ForThisThread(), Is.Not.SameAs(table), "a table holding an enormous name is given to no further document");
        }).GetAwaiter().GetResult();
    }

    [Test]
    public void ForThisThread_IsEachThreadsOwn()
    {
        var mine = Task.Run(ThreadNameTable.ForThisThread).GetAwaiter().GetResult();
        ThreadNameTable? theirs = null;
        var other = new Thread(() => theirs = ThreadNameTable.ForThisThread());
        other.Start();
        other.Join();

        Assert.That(theirs, Is.Not.Null.And.Not.SameAs(mine));
    }

    [Test]
    public void Load_DocumentsFullOfMadeUpNames_AreReadWhole_AndTheNextDocumentStartsANewTable()
    {
        // Each document has more distinct names than one table takes: the table filled during a document serves it to
        // its end, and the next document is read with a new one.
        Task.Run(() =>
        {
            var tables = new HashSet<ThreadNameTable>(ReferenceEqualityComparer.Instance);
            for (var document = 0; document < 3; document++)
            {
                var xml = new StringBuilder("<root>");
                for (var i = 0; i < ThreadNameTable.MaxNames + 10; i++)
                {
                    xml.Append(CultureInfo.InvariantCulture, $"<n{document}x{i} a{i}=\"v\"/>");
                }

                xml.Append("</root>");
                tables.Add(ThreadNameTable.ForThisThread());

                var result = HardenedXml.Load(Encoding.UTF8.GetBytes(xml.ToString()));

                Assert.That(result.Success, Is.True, result.Error);
                Assert.That(result.Document!.Root!.Elements().Count(), Is.EqualTo(ThreadNameTable.MaxNames + 10));
                Assert.That(result.Document.Root.Elements().Last().Name.LocalName, Is.EqualTo($"n{document}x{ThreadNameTable.MaxNames + 9}"));
            }

            Assert.That(tables, Has.Count.EqualTo(3), "each document began with a table that was not full");
        }).GetAwaiter().GetResult();
    }

    [Test]
    public void Load_TwoDocumentsOnOneThread_ShareTheirNames()
    {
        Task.Run(() =>
        {
            var bytes = Encoding.UTF8.GetBytes("""<a xmlns="urn:hl7-org:v3"><creationTime value="20261207"/></a>""");
            HardenedXml.Load(bytes);
            var table = ThreadNameTable.ForThisThread();
            var taken = table.Count;

            var again = HardenedXml.Load(bytes);

            Assert.That(again.Success, Is.True);
            Assert.That(ThreadNameTable.ForThisThread(), Is.SameAs(table));
            Assert.That(taken, Is.GreaterThan(0));
            Assert.That(table.Count, Is.EqualTo(taken), "the second document's names were all found in the table");
        }).GetAwaiter().GetResult();
    }
}
