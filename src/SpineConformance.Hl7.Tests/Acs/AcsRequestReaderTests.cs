using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Testing;

namespace SpineConformance.Hl7.Tests.Acs;

public sealed class AcsRequestReaderTests
{
    private static readonly XNamespace Crs = SpineNamespaces.Crs;

    [Test]
    public void ReadGet_AllFunctions_TypesThePatientAndAsksForEveryFunction()
    {
        var query = AcsRequestReader.ReadGet(Read(SampleRequests.Get("9434765919"))).Value;

        Assert.That(query, Is.EqualTo(new PermissionsQuery(NhsNumber.From("9434765919"), null)));
    }

    [Test]
    public void ReadGet_OneFunction_NarrowsToIt()
    {
        var document = AcsMessages.GetRequest(SampleRequests.Outgoing(), GetResourcePermissionsRequest.ForPatient("9434765919", AcsFunction.Store));

        var query = AcsRequestReader.ReadGet(Read(document)).Value;

        Assert.That(query.Function, Is.EqualTo(AcsFunction.Store));
    }

    [Test]
    public void ReadGet_PatientNotAnNhsNumber_FailsNamingTheResourceContext()
    {
        var read = AcsRequestReader.ReadGet(Read(SampleRequests.Get("9434765918")));

        Assert.That(read.Success, Is.False);
        Assert.That(read.Error, Does.Contain("resourceContext").And.Contain("check digit"));
    }

    [Test]
    public void ReadGet_SetPayload_FailsNamingTheMissingQuery()
    {
        var read = AcsRequestReader.ReadGet(Read(SampleRequests.Set("9434765919")));

        Assert.That(read.Error, Does.Contain("getResourcePermissionsRequest"));
    }

    [Test]
    public void ReadSet_ViewAndStore_TypesEachFunctionsPermissionInOrder()
    {
        var change = AcsRequestReader.ReadSet(Read(SampleRequests.Set("9434765919", AcsPermission.Yes))).Value;

        Assert.That(change.Patient, Is.EqualTo(NhsNumber.From("9434765919")));
        Assert.That(change.Values, Is.EqualTo(new Dictionary<AcsFunction, AcsPermission?> { [AcsFunction.View] = AcsPermission.Yes, [AcsFunction.Store] = AcsPermission.Yes }));
        Assert.That(change.Values.Keys, Is.EqualTo(new[] { AcsFunction.View, AcsFunction.Store }));
    }

    [Test]
    public void ReadSet_Clear_IsNoPermissionHeld()
    {
        var change = AcsRequestReader.ReadSet(Read(SampleRequests.Set("9434765919", AcsPermission.Clear))).Value;

        Assert.That(change.Values.Values, Is.All.Null);
    }

    [Test]
    public void ReadSet_UnknownFunction_FailsNamingIt()
    {
        var document = SampleRequests.Set("9434765919");
        document.Descendants(Crs + "code").First().Value = "Print";

        var read = AcsRequestReader.ReadSet(Read(document));

        Assert.That(read.Error, Does.Contain("'Print'"));
    }

    [Test]
    public void ReadSet_SameFunctionTwice_FailsNamingIt()
    {
        var document = AcsMessages.SetRequest(SampleRequests.Outgoing(),
            SetResourcePermissionsRequest.ForPatient("9434765919", AcsPermission.No, AcsFunction.View, AcsFunction.View));

        var read = AcsRequestReader.ReadSet(Read(document));

        Assert.That(read.Error, Does.Contain("View twice"));
    }

    [Test]
    public void ReadHas_ViewAndStore_KeepsEverySetAsSent()
    {
        var check = AcsRequestReader.ReadHas(Read(SampleRequests.Has("9434765919"))).Value;

        Assert.That(check.Patient, Is.EqualTo(NhsNumber.From("9434765919")));
        Assert.That(check.Sets.Select(s => s.FunctionCode), Is.EqualTo(Enum.GetNames<AcsFunction>()));
    }

    private static SyncMessage Read(XDocument document) => SyncMessage.From(HardenedXml.Load(SoapEnvelope.ToBytes(document)).Document!)!;
}
