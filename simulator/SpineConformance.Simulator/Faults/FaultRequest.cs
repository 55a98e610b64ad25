namespace SpineConformance.Simulator.Faults;

/// <summary>
/// What a fault rule can match in one inbound request: its interaction, the patient it is about, who sent it, its message
/// id (<c>wsa:MessageID</c> for SOAP, <c>eb:MessageId</c> for ebXML), what it is about and its HTTP headers.
/// </summary>
public sealed record FaultRequest(string? Interaction, string? NhsNumber, string? Sender, string? MessageId)
{
    private readonly IReadOnlyList<string>? subjects;

    /// <summary>
    /// The ids the request is about (see <see cref="FaultSubjects"/>): the NHS number for patient messages, the member's or the
    /// queried user's SDS user id, or the workgroup ids, for the SDS messages that name no patient. The NHS number when not set.
    /// </summary>
    public IReadOnlyList<string> Subjects
    {
        get => subjects ?? (string.IsNullOrEmpty(NhsNumber) ? [] : [NhsNumber]);
        init => subjects = value;
    }

    /// <summary>
    /// The tenant owning the sending system, when the simulator has tenants and one owns it: a tenant's rule matches only
    /// requests from its own systems. Set as the request reaches the rules, never by a client.
    /// </summary>
    public long? SenderTenantId { get; init; }

    /// <summary>The request's HTTP headers; name lookups ignore case, as HTTP does.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The HTTP headers as a rule sees them: one comma-joined value per name, looked up without regard to case.</summary>
    public static IReadOnlyDictionary<string, string> HeadersOf(IHeaderDictionary headers) => new RequestHeadersView(headers);
}
