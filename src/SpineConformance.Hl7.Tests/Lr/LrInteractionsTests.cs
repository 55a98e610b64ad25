using SpineConformance.Hl7.Lr;

namespace SpineConformance.Hl7.Tests.Lr;

public sealed class LrInteractionsTests
{
    [Test]
    public void All_HoldsTheTwentyMimInteractionsOnce()
    {
        Assert.Multiple(() =>
        {
            Assert.That(LrInteractions.All, Has.Count.EqualTo(20));
            Assert.That(LrInteractions.All.Select(i => i.InteractionId), Is.Unique);
            Assert.That(LrInteractions.All.Count(i => i.IsRequest), Is.EqualTo(9));
            Assert.That(LrInteractions.All.Where(i => i.Pattern == LrPattern.AsyncReliable).Select(i => i.Service).Distinct(),
                Is.EquivalentTo(new[] { "urn:nhs:names:services:lrs", "urn:nhs:names:services:sds" }));
        });
    }

    [TestCase("01", "QUPC_IN030000UK14")]
    [TestCase("02", "QUPC_IN040000UK30")]
    public void QueryConfirmationFor_ResponseType_PicksShortOrHistory(string code, string response) =>
        Assert.That(LrInteractions.QueryConfirmationFor(code)!.ResponseInteractionId, Is.EqualTo(response));

    [TestCase("01", "QUPC_IN060000UK32")]
    [TestCase("02", "QUPC_IN070000UK32")]
    public void QueryDetailsFor_ResponseType_PicksSimpleOrComplete(string code, string response) =>
        Assert.That(LrInteractions.QueryDetailsFor(code)!.ResponseInteractionId, Is.EqualTo(response));

    [Test]
    public void QueryConfirmationFor_UnknownType_IsNull() => Assert.That(LrInteractions.QueryConfirmationFor("03"), Is.Null);

    [Test]
    public void FailureFor_AsyncAndSyncRequests_IsMcciOrQuqi()
    {
        Assert.Multiple(() =>
        {
            Assert.That(LrInteractions.FailureFor("REPC_IN010000UK15"), Is.EqualTo("MCCI_IN010000UK13"));
            Assert.That(LrInteractions.FailureFor("REPC_IN130004UK01"), Is.EqualTo("MCCI_IN010000UK13"));
            Assert.That(LrInteractions.FailureFor("QUPC_IN041234UK01"), Is.EqualTo("QUQI_IN010000UK14"));
            Assert.That(LrInteractions.FailureFor("REPC_IN020000UK13"), Is.Null);
        });
    }

    [Test]
    public void AsyncInteraction_Actions_FollowSpineConventions()
    {
        var create = LrInteractions.RequestCreateLr;

        Assert.Multiple(() =>
        {
            Assert.That(create.EbXmlAction, Is.EqualTo("REPC_IN010000UK15"));
            Assert.That(create.SoapAction, Is.EqualTo("urn:nhs:names:services:lrs/REPC_IN010000UK15"));
            Assert.That(create.SdsServiceInteraction, Is.EqualTo("urn:nhs:names:services:lrs:REPC_IN010000UK15"));
            Assert.That(LrInteractions.AddUserToWorkgroup.Service, Is.EqualTo("urn:nhs:names:services:sds"));
            Assert.That(LrInteractions.WorkgroupMemberQuery.Action, Is.EqualTo("urn:nhs:names:services:sdsquery/QUPC_IN041234UK01"));
        });
    }

    [Test]
    public void Vocabulary_HoldsTheOidsOfLrMd()
    {
        Assert.Multiple(() =>
        {
            Assert.That(LrVocabulary.ConfirmationRespType.CodeSystem, Is.EqualTo("2.16.840.1.113883.2.1.3.2.4.17.9"));
            Assert.That(LrVocabulary.DetailsRespType.CodeSystem, Is.EqualTo("2.16.840.1.113883.2.1.3.2.4.17.10"));
            Assert.That(LrVocabulary.SCReasonCode.IsCurrent("03"), Is.False, "01–05 are retired");
            Assert.That(LrVocabulary.SCReasonCode.IsCurrent("15"), Is.True);
            Assert.That(LrVocabulary.LrType.DisplayNameOf("08"), Is.EqualTo("Self Claimed Relationship"));
            Assert.That(LrIdentifiers.LrRecordRoot, Is.EqualTo("2.16.840.1.113883.2.1.3.2.4.18.3"));
            Assert.That(LrIdentifiers.WorkgroupRoot, Is.EqualTo("1.2.826.0.1285.0.2.0.109"));
            Assert.That(() => LrVocabulary.LrType.Coded("12"), Throws.ArgumentException);
        });
    }
}
