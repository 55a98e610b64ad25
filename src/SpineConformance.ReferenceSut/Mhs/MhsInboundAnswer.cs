namespace SpineConformance.ReferenceSut.Mhs;

/// <summary>What the MHS answers on the HTTP response to an inbound message: status, body and the header values.</summary>
public sealed record MhsInboundAnswer(int StatusCode, ReadOnlyMemory<byte> Body, string? ContentType, string? SoapAction);
