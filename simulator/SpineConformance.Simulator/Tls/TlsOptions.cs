namespace SpineConformance.Simulator.Tls;

/// <summary>
/// TLS with mutual authentication, as Spine requires of every connecting system. Bound from <c>Simulator:Tls</c>; the
/// command line's <c>--tls DIR</c> fills it from a folder made by the <c>certs</c> command. Off when
/// <see cref="CertificateFile"/> is empty.
/// </summary>
public sealed class TlsOptions
{
    public const string SectionName = "Simulator:Tls";

    /// <summary>The server certificate: a PEM file (with <see cref="KeyFile"/>) or a PKCS#12 file (<c>.pfx</c>, <c>.p12</c>).</summary>
    public string? CertificateFile { get; set; }

    /// <summary>The server certificate's PEM private key; empty for a PKCS#12 certificate.</summary>
    public string? KeyFile { get; set; }

    /// <summary>The PEM CA certificate that client certificates must chain to.</summary>
    public string? ClientCaFile { get; set; }

    /// <summary>Refuse connections without a valid client certificate. The default value is <see langword="true"/>.</summary>
    public bool RequireClientCertificate { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(CertificateFile);
}
