using System.Text.Json;
using SpineConformance.ReferenceSut.Lr;

namespace SpineConformance.ReferenceSut.Web;

/// <summary>
/// The answer to an asynchronous LR request: the outcome (the test hook's word, such as <c>created</c>), the
/// conversation, the LR id when known and the message. While Spine's reply is still awaited, a link to the outcome page.
/// </summary>
internal static class LrOutcomeResult
{
    /// <summary>The request never got as far as a conversation with a reply: refused, or not accepted by Spine.</summary>
    public static string Sent(string heading, LrAsyncView sent) =>
        Render(heading, "request", Word(sent.Outcome), sent.ConversationId, sent.MessageId, lrId: null, sent.Message, isError: true, pending: false);

    /// <param name="messageId">The ebXML MessageId of the SUT's request, which Spine's reply names.</param>
    public static string Business(string heading, LrBusinessResult result, string? messageId) =>
        Render(heading, "reply", Word(result.Outcome), result.ConversationId, messageId, result.LrId, result.Message,
            isError: result.Outcome is LrBusinessOutcome.SpineError or LrBusinessOutcome.Failed,
            pending: result.Outcome == LrBusinessOutcome.Pending);

    /// <summary>The outcome page for a conversation the SUT never started: no outcome, only why.</summary>
    public static string Unknown(string conversationId) => $"""
        <section id="lr-result" aria-labelledby="lr-result-heading">
        <h2 id="lr-result-heading">No such request</h2>
        <p id="lr-message" class="error">{PageLayout.Encode($"The SUT sent no asynchronous LR request with ConversationId '{conversationId}'.")}</p>
        </section>
        """;

    /// <summary>The hook's spelling of an outcome (<c>statusChanged</c>), so the page and the hook read alike.</summary>
    public static string Word<TOutcome>(TOutcome outcome)
        where TOutcome : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString());

    // The stage says whether the outcome is the request's (refused, not accepted) or the reply's, for the browser driver.
    private static string Render(string heading, string stage, string outcome, string? conversationId, string? messageId, string? lrId, string message, bool isError, bool pending) => $"""
        <section id="lr-result" aria-labelledby="lr-result-heading">
        <h2 id="lr-result-heading">{PageLayout.Encode(heading)}</h2>
        <dl>
        <dt>Outcome</dt><dd id="lr-outcome" data-stage="{stage}">{PageLayout.Encode(outcome)}</dd>
        {(conversationId is null ? string.Empty : $"""<dt>Conversation</dt><dd id="lr-conversation-id">{PageLayout.Encode(conversationId)}</dd>""")}
        {(messageId is null ? string.Empty : $"""<dt>Message reference</dt><dd id="lr-message-id">{PageLayout.Encode(messageId)}</dd>""")}
        {(lrId is null ? string.Empty : $"""<dt>Relationship id</dt><dd id="lr-id">{PageLayout.Encode(lrId)}</dd>""")}
        </dl>
        <p id="lr-message"{(isError ? " class=\"error\"" : string.Empty)}>{PageLayout.Encode(message)}</p>
        {(pending && conversationId is not null ? $"""<p><a id="lr-outcome-link" href="{PageLayout.Encode(LrForms.OutcomePath(conversationId))}">Show the outcome once Spine's reply has arrived</a></p>""" : string.Empty)}
        </section>
        """;
}
