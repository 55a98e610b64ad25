using SpineConformance.ReferenceSut.Mhs;
using SpineConformance.ReferenceSut.Spine;
using SpineConformance.ReferenceSut.Tests.Support;
using SpineConformance.Validation.Comparison;

namespace SpineConformance.ReferenceSut.Tests.Comparison;

/// <summary>
/// The suite's expected messages against the bytes the reference SUT puts on the wire (SOAP envelopes, and ebXML MIME
/// packages for the async LR requests), as the Spine stub's request log holds them.
/// </summary>
public sealed class SentMessagesTests
{
    private static readonly Lazy<ExpectedMessages> Expected = new(() => ExpectedMessages.Load(Path.Combine(AppContext.BaseDirectory, "expected")));

    private static readonly Lazy<ExpectedMessages> Envelopes = new(() => ExpectedMessages.Load(Path.Combine(AppContext.BaseDirectory, "expected", "ebxml")));

    /// <summary>The scenario's values: the reference SUT's configured system and logged-in user, and the patient.</summary>
    private static Dictionary<string, string> Variables() => new()
    {
        ["nhsNumber"] = Some.NhsNumber,
        ["systemAsid"] = ReferenceSutConstants.DefaultSenderAsid,
        ["spineAsid"] = ReferenceSutConstants.DefaultSpineAsid,
        ["userId"] = ReferenceSutConstants.DefaultUserId,
        ["roleProfileId"] = ReferenceSutConstants.DefaultRoleProfileId,
        ["jobRole"] = ReferenceSutConstants.DefaultJobRole,
        ["partyKey"] = MhsConstants.DefaultPartyKey,
        ["spinePartyKey"] = MhsConstants.DefaultSpinePartyKey,
    };

    private static Task<ComparisonResult> SendAndCompareAsync(
        string interactionId, Func<SutWithFakeSpine, Task> act, Dictionary<string, string>? variables = null, params string[] defects) =>
        SendAndCompareAsync(Expected.Value.For(interactionId), act, variables, defects);

    private static async Task<ComparisonResult> SendAndCompareAsync(
        ExpectedMessage expected, Func<SutWithFakeSpine, Task> act, Dictionary<string, string>? variables = null, params string[] defects)
    {
        await using var env = await SutWithFakeSpine.StartAsync(o => o.Defects = defects);
        await act(env);
        var sent = env.Spine.Single;
        return MessageComparison.Compare(expected, sent.Body, variables ?? Variables(), sent.ContentType);
    }

    [TestCaseSource(typeof(SentMessages), nameof(SentMessages.All))]
    public async Task Compare_WhatTheSutSent_MatchesTheExpectedMessage(string interactionId, string userAction)
    {
        var result = await SendAndCompareAsync(interactionId, SentMessages.Action(interactionId, userAction));

        Assert.That(result.HasDifferences, Is.False, result.ToReport());
    }

    [Test]
    public async Task Compare_SutLeavesOutWsaTo_MissingElementInTheHeader()
    {
        var result = await SendAndCompareAsync("GET_RESOURCE_PERMISSIONS_INUK01",
            env => env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None), defects: "T02-WSA-TO-MISSING");

        Assert.Multiple(() =>
        {
            Assert.That(result.Differences.Single().Description, Is.EqualTo("Missing element"), result.ToReport());
            Assert.That(result.Differences.Single().XPath, Is.EqualTo("/SOAP-ENV:Envelope[1]/SOAP-ENV:Header[1]/wsa:To[1]"));
        });
    }

    [Test]
    public async Task Compare_SutSwapsTheAuthorsRoots_DifferenceAtEachRoot()
    {
        var result = await SendAndCompareAsync("SET_RESOURCE_PERMISSIONS_INUK01",
            env => env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.ExpressDissent, CancellationToken.None), defects: "W03-AUTHOR-ID-ROOTS-SWAPPED");

        Assert.That(result.Differences.Select(d => d.XPath.Split("/hl7:author[1]/")[1]), Is.EquivalentTo(new[]
        {
            "hl7:AgentPersonSDS[1]/hl7:id[1]/@root",
            "hl7:AgentPersonSDS[1]/hl7:agentPersonSDS[1]/hl7:id[1]/@root",
        }), result.ToReport());
    }

    [Test]
    public async Task Compare_SutSendsLowerCaseHl7Id_DifferenceAtTheId()
    {
        var result = await SendAndCompareAsync("QUPC_IN010000UK32",
            env => env.LrQueries.ConfirmationAsync(Some.NhsNumber, false, [], null, CancellationToken.None), defects: "W06-HL7-ID-LOWER-CASE");

        Assert.That(result.Differences.Single().XPath, Is.EqualTo("/SOAP-ENV:Envelope[1]/SOAP-ENV:Body[1]/hl7:QUPC_IN010000UK32[1]/hl7:id[1]/@root"), result.ToReport());
    }

    [Test]
    public async Task Compare_LrTypeWithWrongCodeSystemInEbxml_DifferenceInTheHl7Payload()
    {
        var result = await SendAndCompareAsync("REPC_IN010000UK15",
            env => env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, CancellationToken.None), defects: "P06-LR-TYPE-CODE-SYSTEM");

        Assert.That(result.Differences.Single().XPath, Is.EqualTo("/hl7:REPC_IN010000UK15[1]/hl7:ControlActEvent[1]/hl7:subject[1]/hl7:CreateRequest[1]/hl7:reasonCode[1]/@codeSystem"), result.ToReport());
    }

    [Test]
    public async Task Compare_SutActsAsAnotherUserThanTheScenarios_DifferenceForEachIdentity()
    {
        var result = await SendAndCompareAsync("REPC_IN040000UK15",
            env => env.LrRequests.RequestStatusChangeAsync(Some.NhsNumber, LrInputs.LrId, "11", ActingUsers.WithJobRole("R8000"), CancellationToken.None));

        // The wrapper's author and the status change's author both name the user who acted, not the one the scenario logged in.
        Assert.That(result.Differences.Where(d => d.Actual.Contains(ActingUsers.UserId, StringComparison.Ordinal)).Count(), Is.EqualTo(2), result.ToReport());
        Assert.That(result.Differences.Where(d => d.Actual.Contains(ActingUsers.RoleProfileId, StringComparison.Ordinal)).Count(), Is.EqualTo(2), result.ToReport());
    }

    [TestCaseSource(typeof(SentMessages), nameof(SentMessages.Reliable))]
    public async Task Compare_EbxmlEnvelopeTheSutSent_MatchesTheExpectedEnvelope(string interactionId, string userAction)
    {
        var result = await SendAndCompareAsync(Envelopes.Value.For(interactionId), SentMessages.Action(interactionId, userAction));

        Assert.That(result.HasDifferences, Is.False, result.ToReport());
    }

    [TestCase("T04-EBXML-MESSAGEID-LOWER-CASE", "/SOAP-ENV:Envelope[1]/SOAP-ENV:Header[1]/eb:MessageHeader[1]/eb:MessageData[1]/eb:MessageId[1]/text()[1]")]
    [TestCase("T06-EBXML-ACTION-WITH-SERVICE", "/SOAP-ENV:Envelope[1]/SOAP-ENV:Header[1]/eb:MessageHeader[1]/eb:Action[1]/text()[1]")]
    [TestCase("T09-EBXML-SYNCREPLY-MISSING", "/SOAP-ENV:Envelope[1]/SOAP-ENV:Header[1]/eb:SyncReply[1]")]
    [TestCase("T11-EBXML-TO-OWN-PARTY", "/SOAP-ENV:Envelope[1]/SOAP-ENV:Header[1]/eb:MessageHeader[1]/eb:To[1]/eb:PartyId[1]/text()[1]")]
    public async Task Compare_SutWithAnEbxmlDefect_DifferenceInTheEnvelope(string defect, string xpath)
    {
        var result = await SendAndCompareAsync(Envelopes.Value.For("REPC_IN010000UK15"),
            env => env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, CancellationToken.None), defects: defect);

        Assert.That(result.Differences.Select(d => d.XPath), Is.EqualTo(new[] { xpath }), result.ToReport());
    }
}
