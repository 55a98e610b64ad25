namespace SpineConformance.SecondClient.Tests.Support;

/// <summary>Spine's answers, as small as the client's tolerant readers allow, written for these tests.</summary>
internal static class SpineAnswers
{
    public const string Acknowledgment = """
        <SOAP:Envelope xmlns:SOAP="http://schemas.xmlsoap.org/soap/envelope/" xmlns:eb="http://www.oasis-open.org/committees/ebxml-msg/schema/msg-header-2_0.xsd">
          <SOAP:Header><eb:Acknowledgment><eb:RefToMessageId>X</eb:RefToMessageId></eb:Acknowledgment></SOAP:Header><SOAP:Body/>
        </SOAP:Envelope>
        """;

    public const string MessageError = """
        <SOAP:Envelope xmlns:SOAP="http://schemas.xmlsoap.org/soap/envelope/" xmlns:eb="http://www.oasis-open.org/committees/ebxml-msg/schema/msg-header-2_0.xsd">
          <SOAP:Header><eb:ErrorList eb:highestSeverity="Error"><eb:Error eb:errorCode="ValueNotRecognized"><eb:Description>501319:Unknown eb:CPAId</eb:Description></eb:Error></eb:ErrorList></SOAP:Header><SOAP:Body/>
        </SOAP:Envelope>
        """;

    public static string SoapFault(string code) => $"""
        <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:nasp="http://national.carerecords.nhs.uk/schema/">
          <SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>SOAP-ENV:Server</faultcode><faultstring>System failure</faultstring>
          <detail><nasp:errorList><nasp:error><nasp:errorCode>{code}</nasp:errorCode><nasp:description>try again</nasp:description></nasp:error></nasp:errorList></detail>
          </SOAP-ENV:Fault></SOAP-ENV:Body>
        </SOAP-ENV:Envelope>
        """;

    /// <summary>A Get answer holding the given assertions (function → Yes/No); a function left out is at its default.</summary>
    public static string GetAnswer(params (string Function, string Permission)[] assertions) => $"""
        <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:hl7-org:v3">
          <SOAP-ENV:Body><getResourcePermissionsResponse><GET_RESOURCE_PERMISSIONS_RESPONSE_INUK01>
            <interactionId root="2.16.840.1.113883.2.1.3.2.4.12" extension="GET_RESOURCE_PERMISSIONS_RESPONSE_INUK01"/>
            <acknowledgement typeCode="AA"/>
            <ControlActEvent><subject><getResourcePermissionsResponse xmlns="http://national.carerecords.nhs.uk/schema/crs/"><permissions>
              {string.Concat(assertions.Select(a => $"<accessControlAssertion><permission>{a.Permission}</permission><function><context>Consent</context><code>{a.Function}</code></function></accessControlAssertion>"))}
            </permissions></getResourcePermissionsResponse></subject></ControlActEvent>
          </GET_RESOURCE_PERMISSIONS_RESPONSE_INUK01></getResourcePermissionsResponse></SOAP-ENV:Body>
        </SOAP-ENV:Envelope>
        """;

    /// <summary>An MCCI AE with Spine's general reason first, then the specific ones.</summary>
    public static string ApplicationError(params (string Code, string Text)[] reasons) => $"""
        <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:hl7-org:v3">
          <SOAP-ENV:Body><setResourcePermissionsResponse><MCCI_IN010000UK13>
            <interactionId root="2.16.840.1.113883.2.1.3.2.4.12" extension="MCCI_IN010000UK13"/>
            <acknowledgement typeCode="AE"/>
            <ControlActEvent>{string.Concat(reasons.Select(r => $"<reason typeCode=\"RSON\"><justifyingDetectedIssueEvent><code code=\"{r.Code}\" displayName=\"{r.Text}\"/></justifyingDetectedIssueEvent></reason>"))}</ControlActEvent>
          </MCCI_IN010000UK13></setResourcePermissionsResponse></SOAP-ENV:Body>
        </SOAP-ENV:Envelope>
        """;
}
