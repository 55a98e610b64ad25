using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace SpineConformance.ReferenceSut.Tests;

public sealed class ReferenceSutWebHostExtensionsTests
{
    [Test]
    public void UseReferenceSutDefaultUrl_NoUrlsGiven_ListensOnLoopback5100()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration[WebHostDefaults.ServerUrlsKey] = null;
        builder.Configuration[WebHostDefaults.HttpPortsKey] = null;
        builder.Configuration[WebHostDefaults.HttpsPortsKey] = null;

        builder.WebHost.UseReferenceSutDefaultUrl(builder.Configuration);

        Assert.That(builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey), Is.EqualTo("http://127.0.0.1:5100"));
    }

    [Test]
    public void UseReferenceSutDefaultUrl_UrlsOnCommandLine_KeepsThem()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--urls", "http://127.0.0.1:6123"] });

        builder.WebHost.UseReferenceSutDefaultUrl(builder.Configuration);

        Assert.That(builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey), Is.EqualTo("http://127.0.0.1:6123"));
    }
}
