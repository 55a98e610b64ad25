using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Soap;

namespace SpineConformance.Hl7.Acs;

/// <summary>
/// Reads an ACS request's payload into its typed request, once, after validation. A request the ACS rules would refuse
/// (no query, no permissions, a patient that is not an NHS number, an unknown function or permission) is a failure
/// naming what was wrong, never a guess.
/// </summary>
public static class AcsRequestReader
{
    public static ParseResult<PermissionsQuery> ReadGet(SyncMessage message)
    {
        var query = AcsPayloadXml.ReadGetRequest(Payload(message, "getResourcePermissionsRequest"));
        if (query is null)
        {
            return ParseResult<PermissionsQuery>.Fail("The Get has no getResourcePermissionsRequest/accessControlQuery.");
        }

        var patient = NhsNumber.Parse(query.NhsNumber);
        // A function code Spine does not know is not a filter: every function is answered, as for no code.
        var function = query.Criteria?.FunctionCode is { } code && Enum.TryParse<AcsFunction>(code, out var parsed) ? parsed : (AcsFunction?)null;
        return patient.TryGetValue(out var nhsNumber)
            ? ParseResult<PermissionsQuery>.Ok(new PermissionsQuery(nhsNumber, function))
            : ParseResult<PermissionsQuery>.Fail($"The Get's resourceContext: {patient.Error}");
    }

    public static ParseResult<PermissionsCheck> ReadHas(SyncMessage message)
    {
        var query = AcsPayloadXml.ReadHasRequest(Payload(message, "hasResourcePermissionsRequest"));
        if (query is null)
        {
            return ParseResult<PermissionsCheck>.Fail("The Has has no hasResourcePermissionsRequest/accessControlQuery.");
        }

        var patient = NhsNumber.Parse(query.NhsNumber);
        return patient.TryGetValue(out var nhsNumber)
            ? ParseResult<PermissionsCheck>.Ok(new PermissionsCheck(nhsNumber, query.Sets))
            : ParseResult<PermissionsCheck>.Fail($"The Has's resourceContext: {patient.Error}");
    }

    public static ParseResult<PermissionsChange> ReadSet(SyncMessage message)
    {
        var permissions = AcsPayloadXml.ReadPermissions(Payload(message, "setResourcePermissionsRequest"));
        if (permissions is null)
        {
            return ParseResult<PermissionsChange>.Fail("The Set has no setResourcePermissionsRequest/permissions.");
        }

        var patient = NhsNumber.Parse(permissions.NhsNumber);
        if (!patient.TryGetValue(out var nhsNumber))
        {
            return ParseResult<PermissionsChange>.Fail($"The Set's resourceContext: {patient.Error}");
        }

        var values = new Dictionary<AcsFunction, AcsPermission?>();
        foreach (var assertion in permissions.Assertions)
        {
            if (assertion.ParsedFunction is not { } function || assertion.ParsedPermission is not { } permission)
            {
                return ParseResult<PermissionsChange>.Fail(
                    $"The Set's accessControlAssertion has function '{assertion.FunctionCode}' and permission '{assertion.Permission}'; Spine knows neither one or both.");
            }

            if (!values.TryAdd(function, permission == AcsPermission.Clear ? null : permission))
            {
                return ParseResult<PermissionsChange>.Fail($"The Set sets function {function} twice.");
            }
        }

        return ParseResult<PermissionsChange>.Ok(new PermissionsChange(nhsNumber, values));
    }

    private static System.Xml.Linq.XElement? Payload(SyncMessage message, string localName) =>
        message.Payload is { } payload && payload.Name.LocalName == localName ? payload : null;
}
