using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Options;

namespace SpineConformance.Simulator.Tls;

/// <summary>Turns <see cref="TlsOptions"/> into Kestrel's HTTPS defaults: the server certificate and the client-certificate check.</summary>
internal sealed partial class TlsServerSetup(IOptions<TlsOptions> tls, TimeProvider time, ILogger<TlsServerSetup> logger) : IConfigureOptions<KestrelServerOptions>
{
    public void Configure(KestrelServerOptions options)
    {
        var settings = tls.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var serverCertificate = LoadServerCertificate(settings);
        var validator = LoadValidator(settings);
        options.ConfigureHttpsDefaults(https =>
        {
            https.ServerCertificate = serverCertificate;
            https.ClientCertificateMode = settings.RequireClientCertificate ? ClientCertificateMode.RequireCertificate : ClientCertificateMode.AllowCertificate;
            https.ClientCertificateValidation = (certificate, _, _) =>
            {
                // Without a client CA (allowed only when certificates are optional) any certificate offered is taken as it is.
                var problem = validator is null ? null : validator.Problem(certificate);
                if (problem is not null)
                {
                    Refused(logger, problem);
                }

                return problem is null;
            };
        });
    }

    private static X509Certificate2 LoadServerCertificate(TlsOptions settings)
    {
        var file = Existing(settings.CertificateFile!, "Simulator:Tls:CertificateFile (the server certificate)");
        try
        {
            if (Path.GetExtension(file).ToUpperInvariant() is ".PFX" or ".P12")
            {
                return X509CertificateLoader.LoadPkcs12FromFile(file, password: null);
            }

            var key = Existing(settings.KeyFile ?? string.Empty, "Simulator:Tls:KeyFile (the server certificate's PEM private key)");
            return X509Certificate2.CreateFromPemFile(file, key);
        }
        catch (CryptographicException e)
        {
            throw new InvalidDataException($"The TLS server certificate '{file}' cannot be loaded: {e.Message}", e);
        }
    }

    private ClientCertificateValidator? LoadValidator(TlsOptions settings)
    {
        if (string.IsNullOrWhiteSpace(settings.ClientCaFile))
        {
            return settings.RequireClientCertificate
                ? throw new InvalidDataException("TLS needs Simulator:Tls:ClientCaFile, the CA that client certificates must chain to (or set Simulator:Tls:RequireClientCertificate=false).")
                : null;
        }

        var file = Existing(settings.ClientCaFile, "Simulator:Tls:ClientCaFile (the client CA)");
        try
        {
            return new ClientCertificateValidator(X509CertificateLoader.LoadCertificateFromFile(file), time);
        }
        catch (CryptographicException e)
        {
            throw new InvalidDataException($"The client CA certificate '{file}' cannot be loaded: {e.Message}", e);
        }
    }

    private static string Existing(string path, string setting) =>
        File.Exists(path)
            ? Path.GetFullPath(path)
            : throw new InvalidDataException($"{setting} names '{path}', which does not exist. Make a development set with: certs --out <folder>.");

    [LoggerMessage(EventId = 40, Level = LogLevel.Warning, Message = "TLS connection refused: {Problem}")]
    private static partial void Refused(ILogger logger, string problem);
}
