using SpineConformance.Hl7.Lr;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Robustness.Fuzzing;

/// <summary>Mutations of what travels beside the body: the SOAPAction and Content-Type headers, and the path.</summary>
internal static class HeaderMutations
{
    private static readonly string[] SoapActions =
    [
        BrokenGetRequests.GetAction, BrokenSetRequests.SetAction, BrokenHasRequests.HasAction, "\"" + BrokenGetRequests.GetAction + "\"", "urn:" + BrokenGetRequests.GetAction,
        LrInteractions.RequestCreateLr.SoapAction, "\"" + LrInteractions.RequestStatusChange.SoapAction + "\"", LrInteractions.QueryDetailsComplete.Action,
        "", "\"\"", "urn:nhs:names:services:lrs/NOT_AN_INTERACTION", "x", "urn:nhs:names:services:lrs/", "/",
    ];

    private static readonly string?[] ContentTypes =
    [
        null, "", "text/xml", "text/xml; charset=utf-8", "text/xml; charset=UTF-16", "application/soap+xml", "application/json", "text/plain",
        "multipart/related", "multipart/related; boundary=\"--=_MIME-Boundary\"", "multipart/related; boundary=\"--=_MIME-Boundary\"; type=\"text/xml\"; start=\"<x>\"",
        "text/xml; charset=\"", "*/*",
    ];

    private static readonly string[] Paths = ["/sync-service", "/syncservice-lrs/acf", "/reliablemessaging/reliablerequest", "/reliablemessaging/queryrequest"];

    public static IReadOnlyList<Mutation> All { get; } =
    [
        new("change the SOAPAction", (r, q) => q with { SoapAction = Mutations.Pick(r, SoapActions) }),
        new("drop the SOAPAction", (_, q) => q with { SoapAction = null }),
        new("change the Content-Type", (r, q) => q with { ContentType = Mutations.Pick(r, ContentTypes) }),
        new("send to another Spine path", (r, q) => q with { Path = Mutations.Pick(r, Paths) }),
    ];
}
