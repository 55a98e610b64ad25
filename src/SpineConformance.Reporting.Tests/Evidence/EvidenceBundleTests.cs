using System.IO.Compression;
using SpineConformance.Reporting.Evidence;

namespace SpineConformance.Reporting.Tests.Evidence;

/// <summary>A bundle verifies as written, and any change to it after (a file edited, added or removed) is named.</summary>
public sealed class EvidenceBundleTests
{
    private string zip = string.Empty;

    [SetUp]
    public void Write()
    {
        zip = Path.Combine(Path.GetTempPath(), $"bundle-{TestContext.CurrentContext.Test.ID}.zip");
        var bundle = new EvidenceBundle();
        bundle.AddText("summary.md", "# all passed\n");
        bundle.Add("journal/000001-request.xml", "<a/>"u8.ToArray());
        bundle.Write(zip);
    }

    [TearDown]
    public void Remove() => File.Delete(zip);

    [Test]
    public void Verify_AsWritten_ChecksEveryFile()
    {
        var problems = EvidenceBundleCheck.Verify(zip, out var files);

        Assert.That(problems, Is.Empty);
        Assert.That(files, Is.EqualTo(2));
        using var read = ZipFile.OpenRead(zip);
        using var sums = new StreamReader(read.GetEntry(EvidenceBundle.HashesFile)!.Open());
        Assert.That(sums.ReadToEnd(), Does.Match(@"^[0-9a-f]{64}  journal/000001-request.xml\n[0-9a-f]{64}  summary.md\n$"), "sha256sum -c reads this");
    }

    [Test]
    public void Verify_AFileChangedAddedOrRemoved_IsNamed()
    {
        using (var edit = ZipFile.Open(zip, ZipArchiveMode.Update))
        {
            edit.GetEntry("journal/000001-request.xml")!.Delete();
            using (var changed = new StreamWriter(edit.GetEntry("summary.md")!.Open()))
            {
                changed.Write("# all passed, honestly\n");
            }

            using var added = new StreamWriter(edit.CreateEntry("extra.txt").Open());
            added.Write("not listed");
        }

        var problems = EvidenceBundleCheck.Verify(zip, out _);

        Assert.That(problems, Has.Some.StartsWith("summary.md: SHA-256").And.Some.StartsWith("extra.txt is in the bundle but not in SHA256SUMS")
            .And.Some.StartsWith("journal/000001-request.xml is listed in SHA256SUMS but missing"));
    }

    [Test]
    public void Add_APathThatWouldLeaveTheBundle_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new EvidenceBundle().Add("../outside.txt", [1]));
}
