using SpineConformance.Hl7.Ebxml;

namespace SpineConformance.ReferenceSut.Mhs;

/// <summary>
/// Why an inbound message cannot be accepted at all, as the <c>eb:Error</c>s of the MessageError sent back: packaging
/// problems, empty header fields the MHS needs, and an <c>eb:To</c> that is not this system.
/// </summary>
internal static class MhsInboundChecks
{
    public static List<EbxmlError> Errors(EbxmlReadResult read, string partyKey)
    {
        var errors = read.Problems
            .Select(p => p.Kind == EbxmlProblemKind.PartNotWellFormedXml
                ? new EbxmlError(EbxmlErrorCodes.OtherXml, EbxmlError.ErrorSeverity, p.ToString())
                : EbxmlError.MimeProblem(p.ToString()))
            .ToList();
        if (read.Envelope is null)
        {
            return errors.Count > 0 ? errors : [EbxmlError.MimeProblem("No SOAP envelope was found in the message.")];
        }

        var header = read.Message.Header;
        var required = new (string Value, string Location)[]
        {
            (header.MessageId, "eb:MessageHeader/eb:MessageData/eb:MessageId"),
            (header.ConversationId, "eb:MessageHeader/eb:ConversationId"),
            (header.From.PartyId, "eb:MessageHeader/eb:From/eb:PartyId"),
            (header.To.PartyId, "eb:MessageHeader/eb:To/eb:PartyId"),
            (header.Service, "eb:MessageHeader/eb:Service"),
            (header.Action, "eb:MessageHeader/eb:Action"),
        };
        errors.AddRange(required.Where(r => string.IsNullOrWhiteSpace(r.Value))
            .Select(r => EbxmlError.ValueNotRecognized($"{r.Location} is missing or empty.", r.Location)));
        if (!string.IsNullOrWhiteSpace(header.To.PartyId) && !string.Equals(header.To.PartyId, partyKey, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(EbxmlError.InvalidToPartyType());
        }

        return errors;
    }
}
