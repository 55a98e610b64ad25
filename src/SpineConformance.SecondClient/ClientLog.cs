namespace SpineConformance.SecondClient;

/// <summary>One Information line per action the client takes (source-generated, so a disabled level costs nothing).</summary>
internal static partial class ClientLog
{
    [LoggerMessage(1, LogLevel.Information, "Refused: job role {JobRole} may not {What}; nothing sent to Spine")]
    public static partial void RefusedByRole(this ILogger log, string jobRole, string what);

    [LoggerMessage(2, LogLevel.Information, "Refused before sending: {Reason}")]
    public static partial void RefusedNhsNumber(this ILogger log, string? reason);

    [LoggerMessage(3, LogLevel.Information, "Asking Spine {Interaction}")]
    public static partial void Asking(this ILogger log, string interaction);

    [LoggerMessage(4, LogLevel.Information, "Recording {Decision}: Set {Permission} for {Functions}")]
    public static partial void Recording(this ILogger log, string? decision, string permission, string functions);

    [LoggerMessage(5, LogLevel.Information, "Sent {Action} ({MessageId}) to {Endpoint}: HTTP {Status}")]
    public static partial void SentSync(this ILogger log, string action, string messageId, Uri endpoint, int status);

    [LoggerMessage(6, LogLevel.Warning, "Could not reach Spine at {Endpoint} for {Action}: {Reason}")]
    public static partial void Unreachable(this ILogger log, Uri endpoint, string action, string reason);

    [LoggerMessage(7, LogLevel.Information, "Sent {Interaction} {MessageId}, attempt {Attempt}: {Answer} ({Detail}); will resend: {WillRetry}")]
    public static partial void SentReliable(this ILogger log, string interaction, string messageId, int attempt, string answer, string detail, bool willRetry);

    [LoggerMessage(8, LogLevel.Information, "Received {Action} {MessageId} (RefToMessageId {RefTo}): {Note}")]
    public static partial void Received(this ILogger log, string action, string messageId, string? refTo, string note);

    [LoggerMessage(9, LogLevel.Warning, "Refused an inbound message that is not a readable ebXML message: {Problem}")]
    public static partial void UnreadableInbound(this ILogger log, string problem);

    [LoggerMessage(10, LogLevel.Information, "Batch confirmation of {Count} identifiers, {Sent} sent to Spine")]
    public static partial void Batch(this ILogger log, int count, int sent);
}
