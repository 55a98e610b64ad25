using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SpineConformance.ReferenceSut.Mhs;

namespace SpineConformance.ReferenceSut.TestHook;

/// <summary>
/// The MHS part of the test hook: what the SUT's MHS sent (every attempt, retries included) and what it received, so the
/// suite can check its reliable-messaging behaviour against what the simulator saw.
/// </summary>
public static class MhsTestHookEndpoints
{
    public static RouteGroupBuilder MapMhsTestHook(this RouteGroupBuilder group)
    {
        group.MapGet("/mhs/sent", Sent).WithName("TestHookMhsSent")
            .WithSummary("Every attempt the system's MHS made to send a message to Spine, and what Spine answered.");
        group.MapGet("/mhs/received", Received).WithName("TestHookMhsReceived")
            .WithSummary("Every message the system's MHS received from Spine: duplicate, correlated, applied.");
        return group;
    }

    public static Ok<MhsSentResponse> Sent(MhsSentLog log) => TypedResults.Ok(new MhsSentResponse(log.Attempts()));

    public static Ok<MhsReceivedResponse> Received(MhsReceivedLog log) => TypedResults.Ok(new MhsReceivedResponse(log.Messages()));
}

/// <summary><c>{"attempts":[…]}</c>, oldest first.</summary>
public sealed record MhsSentResponse(IReadOnlyList<MhsSendAttempt> Attempts);

/// <summary><c>{"messages":[…]}</c>, oldest first.</summary>
public sealed record MhsReceivedResponse(IReadOnlyList<MhsReceivedMessage> Messages);
