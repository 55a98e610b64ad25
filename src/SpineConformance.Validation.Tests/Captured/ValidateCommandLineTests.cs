using System.Text.Json.Nodes;
using System.Xml.Linq;
using SpineConformance.Testing;
using SpineConformance.Validation.Tool;

namespace SpineConformance.Validation.Tests.Captured;

/// <summary>spine-validate as a supplier runs it: files in, a report out, and an exit code a build can act on.</summary>
public sealed class ValidateCommandLineTests
{
    private string folder = string.Empty;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("spine-validate-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private string Write(string name, XDocument document)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, document.ToString());
        return path;
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ValidateCommandLine.Build(output, error).Parse(args).Invoke();
        return (exit, output.ToString(), error.ToString());
    }

    [Test]
    public void GoodMessages_ExitZero()
    {
        var example = Path.Combine(TestContext.CurrentContext.TestDirectory, "examples", "create-lr-reliable.msg");

        var (exit, output, error) = Run(Write("get.xml", SampleRequests.Get()), example);

        Assert.That(exit, Is.EqualTo(ValidateCommandLine.Valid), output + error);
        Assert.That(output, Does.Contain("2 message(s): 2 valid, 0 with errors, 0 not read."));
        Assert.That(error, Is.Empty);
    }

    [Test]
    public void ABrokenMessage_ExitsOne_InEveryFormat_NamingTheRule()
    {
        var broken = Write("broken.xml", SampleRequests.Get("9434765918"));

        var text = Run(broken);
        var json = Run(broken, "--format", "json");
        var junit = Run(broken, "--format", "junit");

        Assert.That(new[] { text.Exit, json.Exit, junit.Exit }, Is.All.EqualTo(ValidateCommandLine.Findings));
        Assert.That(text.Output, Does.Contain("ACS-GET-NHS-NUMBER"));
        var message = JsonNode.Parse(json.Output)!["messages"]![0]!;
        Assert.That(message["valid"]!.GetValue<bool>(), Is.False);
        Assert.That(message["findings"]!.AsArray().Select(f => f!["ruleId"]!.GetValue<string>()), Does.Contain("ACS-GET-NHS-NUMBER"));
        var suite = XDocument.Parse(junit.Output).Root!.Element("testsuite")!;
        Assert.That(suite.Attribute("failures")!.Value, Is.EqualTo("1"));
        Assert.That(suite.Element("testcase")!.Element("failure")!.Attribute("message")!.Value, Does.Contain("ACS-GET-NHS-NUMBER"));
    }

    [Test]
    public void FilesThatCannotBeRead_ExitTwo_WithOneLineEachOnStandardError()
    {
        var binary = Path.Combine(folder, "capture.pcap");
        File.WriteAllBytes(binary, [0xd4, 0xc3, 0xb2, 0xa1, 0, 0, 0, 0]);
        var missing = Path.Combine(folder, "missing.xml");

        var (exit, _, error) = Run(binary, missing, Write("good.xml", SampleRequests.Get()));

        Assert.That(exit, Is.EqualTo(ValidateCommandLine.Unreadable));
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines[0], Does.Contain("capture.pcap").And.Contain("binary"));
        Assert.That(lines[1], Does.Contain("missing.xml").And.Contain("does not exist"));
    }

    [Test]
    public void AnUnknownInteraction_ExitsTwo_ListingTheKnownOnes()
    {
        var (exit, _, error) = Run(Write("get.xml", SampleRequests.Get()), "--interaction", "GET_RESOURCE_PERMISSIONS");

        Assert.That(exit, Is.EqualTo(ValidateCommandLine.Unreadable));
        Assert.That(error, Does.Contain("'GET_RESOURCE_PERMISSIONS' is not an ACS or LR request interaction").And.Contain("GET_RESOURCE_PERMISSIONS_INUK01"));
    }
}
