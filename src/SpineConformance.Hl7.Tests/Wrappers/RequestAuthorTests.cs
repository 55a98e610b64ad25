using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Wrappers;

namespace SpineConformance.Hl7.Tests.Wrappers;

public sealed class RequestAuthorTests
{
    [Test]
    public void Of_WellFormedIds_TypesEachPart()
    {
        var author = RequestAuthor.Of(new ControlActAuthors("100000000001", "100000000002", "R8000", ["200000000101"]));

        Assert.That(author.RoleProfileId, Is.EqualTo(SdsRoleProfileId.From("100000000001")));
        Assert.That(author.UserId, Is.EqualTo(SdsUserId.From("100000000002")));
        Assert.That(author.JobRole, Is.EqualTo(JobRoleCode.From("R8000")));
        Assert.That(author.SystemAsids, Is.EqualTo(new[] { Asid.From("200000000101") }));
    }

    [Test]
    public void Of_MalformedIds_LeavesThemOutRatherThanGuessing()
    {
        var author = RequestAuthor.Of(new ControlActAuthors("12AB", null, string.Empty, ["not-an-asid", "200000000101"]));

        Assert.That(author.RoleProfileId, Is.Null);
        Assert.That(author.UserId, Is.Null);
        Assert.That(author.JobRole, Is.Null);
        Assert.That(author.SystemAsids, Is.EqualTo(new[] { Asid.From("200000000101") }));
    }
}
