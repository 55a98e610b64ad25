using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Lr;

namespace SpineConformance.Hl7.Tests.Identifiers;

public sealed class InteractionIdTests
{
    private static IEnumerable<string> EveryCatalogueId() =>
        AcsInteractions.All.SelectMany(i => new[] { i.InteractionId, i.ResponseInteractionId })
            .Concat(LrInteractions.Sync.SelectMany(i => new[] { i.InteractionId, i.ResponseInteractionId }))
            .Concat(LrInteractions.Async.SelectMany(i => new[] { i.InteractionId, i.ResponseInteractionId, i.FailureInteractionId }))
            .Distinct();

    [TestCaseSource(nameof(EveryCatalogueId))]
    public void Parse_EveryInteractionTheProductKnows_Succeeds(string id) => Assert.That(InteractionId.Parse(id).Error, Is.Null);

    [Test]
    public void Parse_QueryBatchConfirmation_ReadsArtefactAndVersion()
    {
        var id = InteractionId.From("QUPC_IN090000UK03");

        Assert.That((id.Artefact, id.Version), Is.EqualTo(("QUPC", "03")));
    }

    [Test]
    public void Parse_AcsGet_ReadsTheWholeNameAsItsArtefact() =>
        Assert.That(InteractionId.From("GET_RESOURCE_PERMISSIONS_INUK01").Artefact, Is.EqualTo("GET_RESOURCE_PERMISSIONS"));

    [TestCase("", "required")]
    [TestCase("qupc_in090000uk03", "upper-case letters")]
    [TestCase("QUPC-IN090000UK03", "upper-case letters")]
    [TestCase("QUPC_IN090000", "ends _IN")]
    [TestCase("QUPC_IN090000UK3", "ends _IN")]
    [TestCase("QUPC_090000UK03", "ends _IN")]
    [TestCase("_IN090000UK03", "ends _IN")]
    [TestCase("QUPC_IN09A000UK03", "ends _IN")]
    public void Parse_Malformed_IsRefusedSayingWhy(string text, string reason) =>
        Assert.That(InteractionId.Parse(text).Error, Does.Contain(reason));
}
