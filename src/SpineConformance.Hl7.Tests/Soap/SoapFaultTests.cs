using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Tests.Soap;

public sealed class SoapFaultTests
{
    [Test]
    public void UnsupportedInteraction_RoundTrip_IsTms101()
    {
        var document = HardenedXml.Load(SoapEnvelope.ToBytes(SoapFault.UnsupportedInteraction("urn:nhs:names:services:lrsquery/NOPE").ToDocument())).Document!;

        var fault = SoapFault.Read(document)!;

        Assert.Multiple(() =>
        {
            Assert.That(fault.FaultCode, Is.EqualTo("SOAP-ENV:Client"));
            Assert.That(fault.FaultString, Is.EqualTo("The service/interaction is not supported for the requested URI"));
            var error = fault.Errors.Single();
            Assert.That(error.CodeContext, Is.EqualTo("urn:nhs:names:errors:tms"));
            Assert.That(error.ErrorCode, Is.EqualTo("101"));
            Assert.That(error.Location, Is.EqualTo("HTTP Header - SOAPAction"));
            Assert.That(error.Description, Does.Contain("NOPE"));
        });
        Assert.That(document.Root!.Descendants(SpineNamespaces.Nasp + "errorList").Count(), Is.EqualTo(1));
    }

    [Test]
    public void AcsReader_Fault_IsFaulted()
    {
        var read = AcsResponseReader.Read(SoapEnvelope.ToBytes(SoapFault.NotWellFormed("bad").ToDocument()));

        Assert.That(((AcsResponse.Faulted)read).Fault.Errors.Single().ErrorCode, Is.EqualTo("201"));
    }

    [Test]
    public void Read_EnvelopeWithoutFault_IsNull()
    {
        Assert.That(SoapFault.Read(Testing.SampleRequests.Get()), Is.Null);
    }
}
