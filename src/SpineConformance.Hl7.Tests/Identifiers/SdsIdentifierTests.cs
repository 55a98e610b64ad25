using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Hl7.Tests.Identifiers;

public sealed class SdsIdentifierTests
{
    [Test]
    public void Parse_TwelveDigits_Succeeds()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Asid.Parse("200000000101").Success, Is.True);
            Assert.That(SdsUserId.Parse("100000000002").Success, Is.True);
            Assert.That(SdsRoleProfileId.Parse("100000000001").Success, Is.True);
        });
    }

    [TestCase("12345", "12 digits")]
    [TestCase("20000000010A", "only digits")]
    [TestCase(" ", "empty")]
    public void Parse_Malformed_NamesTheIdentifier(string text, string reason)
    {
        var error = Asid.Parse(text).Error;

        Assert.That(error, Does.StartWith("An ASID").And.Contain(reason));
    }

    [TestCase("R8000", true)]
    [TestCase("S0080:G0450:R5080", true)]
    [TestCase("B0264", false)]
    [TestCase("R", false)]
    public void JobRoleCode_AcceptsRCodes(string text, bool valid)
    {
        Assert.That(JobRoleCode.Parse(text).Success, Is.EqualTo(valid));
    }

    [Test]
    public void Oids_AreThoseSpineUses()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Asid.Oid, Is.EqualTo("1.2.826.0.1285.0.2.0.107"));
            Assert.That(SdsUserId.Oid, Is.EqualTo("1.2.826.0.1285.0.2.0.65"));
            Assert.That(SdsRoleProfileId.Oid, Is.EqualTo("1.2.826.0.1285.0.2.0.67"));
            Assert.That(JobRoleCode.Oid, Is.EqualTo("1.2.826.0.1285.0.2.1.104"));
            Assert.That(NhsNumber.Oid, Is.EqualTo("2.16.840.1.113883.2.1.4.1"));
        });
    }
}
