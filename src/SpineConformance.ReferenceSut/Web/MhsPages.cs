using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using SpineConformance.ReferenceSut.Mhs;
using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.Web;

/// <summary>
/// The MHS's message log, as a support engineer reads it: every attempt to send a reliable message to Spine and every
/// message received from Spine with what was done with it. Rows carry their values in <c>data-*</c> attributes, so the
/// suite's browser driver reads the same facts as the test hook's <c>/test-hook/mhs/sent</c> and <c>/received</c>.
/// </summary>
internal static class MhsPages
{
    public const string PagePath = "/mhs";

    public static IEndpointRouteBuilder MapMhsPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PagePath, Page).WithName("MhsLog");
        return endpoints;
    }

    private static ContentHttpResult Page(HttpRequest request, MhsSentLog sent, MhsReceivedLog received, IOptions<ReferenceSutOptions> options)
    {
        var sentRows = sent.Attempts().Select(a => DataTable.Row(
            [("message-id", a.MessageId), ("conversation-id", a.ConversationId), ("interaction", a.Interaction), ("attempt", Number(a.Attempt)),
                ("http-status", a.HttpStatus is { } status ? Number(status) : null), ("answer", LrOutcomeResult.Word(a.Answer)), ("will-retry", Flag(a.WillRetry))],
            a.At, a.Interaction, a.MessageId, Number(a.Attempt), a.HttpStatus is { } code ? Number(code) : "no answer", $"{a.Answer}: {a.Detail}", a.WillRetry ? "Yes" : "No"));
        var receivedRows = received.Messages().Select(m => DataTable.Row(
            [("message-id", m.MessageId), ("ref-to-message-id", m.RefToMessageId), ("conversation-id", m.ConversationId), ("interaction", m.Interaction),
                ("duplicate", Flag(m.Duplicate)), ("correlated", Flag(m.Correlated)), ("applied", Flag(m.Applied))],
            m.At, m.Interaction, m.MessageId, m.Duplicate ? "Duplicate" : "New", m.Applied ? "Applied" : "Not applied", $"{m.Answer}: {m.Note}"));
        var content = $"""
            <section aria-labelledby="mhs-sent-heading">
            <h2 id="mhs-sent-heading">Sent to Spine</h2>
            {DataTable.Render("mhs-sent", null, ["When", "Interaction", "Message id", "Attempt", "HTTP", "Answer", "Will retry"], sentRows)}
            </section>
            <section aria-labelledby="mhs-received-heading">
            <h2 id="mhs-received-heading">Received from Spine</h2>
            {DataTable.Render("mhs-received", null, ["When", "Interaction", "Message id", "Copy", "Effect", "Answer"], receivedRows)}
            </section>
            """;
        return TypedResults.Content(
            PageLayout.Render(SessionUser.Shown(request, options.Value.User), "Message log", content, wide: true), PageLayout.HtmlContentType);
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "true" : "false";
}
