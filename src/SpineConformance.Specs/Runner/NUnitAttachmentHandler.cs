using Reqnroll.Infrastructure;

namespace SpineConformance.Specs.Runner;

/// <summary>
/// Where a file a binding attaches through Reqnroll's output helper goes: to the NUnit test (TRX and the IDE show it).
/// Reqnroll has no default for it, so without one the output helper (<c>IReqnrollOutputHelper</c>) cannot be resolved.
/// </summary>
public sealed class NUnitAttachmentHandler : IReqnrollAttachmentHandler
{
    public void AddAttachment(string filePath) => TestContext.AddTestAttachment(filePath);
}
