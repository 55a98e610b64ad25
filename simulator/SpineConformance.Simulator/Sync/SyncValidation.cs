using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Validation;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Simulator.Sync;

/// <summary>
/// A synchronous request's validation after the HTTP rules, in Spine's layers (transport, wrapper, schema, business) and
/// then the sender's SDS registration: either the handler's typed <see cref="SyncCall{TRequest}"/>, its payload read once
/// the request passed, or the report that refuses it.
/// </summary>
internal sealed class SyncValidation(Directory.SdsRegistrationCheck registration, IOptions<SimulatorOptions> options)
{
    public (SyncCall? Call, ValidationReport Report) Validate(SyncRequest request, SyncInteractionHandler handler, ResponseContext response)
    {
        var message = request.Message!;
        var interaction = handler.Interaction;
        var strict = options.Value.Strict;
        var validator = strict ? ValidationProfiles.Conformance(interaction) : ValidationProfiles.Spine(interaction);
        var report = validator?.Validate(new MessageUnderTest(message, request.Http.SoapActionHeader, interaction)) ?? ValidationReport.Empty;
        var sds = registration.Check(request.SenderAsid, interaction.Service, interaction.InteractionId, strict);
        // Merging orders the findings by layer; a clean report with nothing to add is left as it is.
        if (sds.Count > 0 || report.Findings.Count > 0)
        {
            report = report.Merge(new ValidationReport(sds));
        }

        return report.IsValid ? (handler.Accept(request, response, report), report) : (null, report);
    }
}
