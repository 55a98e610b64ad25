namespace SpineConformance.Simulator.Faults;

/// <summary>Which fault kinds apply to which transport, and which change how an answer travels rather than what it says.</summary>
public static class TransportFaults
{
    /// <summary>Whether a rule of this kind can apply to a synchronous SOAP request; other rules are passed over for one.</summary>
    public static bool AppliesToSync(this FaultKind kind) =>
        kind is FaultKind.SoapFault or FaultKind.HttpStatus or FaultKind.BusinessError || kind.IsTransport();

    /// <summary>Whether a rule of this kind can apply to an ebXML request; other rules are passed over for one.</summary>
    public static bool AppliesToEbxml(this FaultKind kind) => kind is not FaultKind.BusinessError;

    /// <summary>How long <see cref="FaultKind.NoResponse"/> holds the connection when the rule names no delay.</summary>
    public static readonly TimeSpan DefaultHold = TimeSpan.FromMinutes(5);

    public static bool IsTransport(this FaultKind kind) =>
        kind is FaultKind.DelayResponse or FaultKind.DropConnection or FaultKind.EmptyResponse or FaultKind.TruncatedResponse or FaultKind.NoResponse;

    /// <summary>The bytes that actually leave the simulator for an answer under this fault.</summary>
    public static byte[] Sent(FaultKind kind, byte[] answer) => kind switch
    {
        FaultKind.DropConnection or FaultKind.EmptyResponse or FaultKind.NoResponse => [],
        FaultKind.TruncatedResponse => answer[..(answer.Length / 2)],
        _ => answer,
    };
}
