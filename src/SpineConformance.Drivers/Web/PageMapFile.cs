using SpineConformance.Drivers.Settings;

namespace SpineConformance.Drivers.Web;

/// <summary>The run's page map, read and checked once, on first use.</summary>
public sealed class PageMapFile(SuiteSettings settings)
{
    private readonly Lazy<PageMap> map = new(() =>
        PageMap.Load(settings.PageMap ?? throw new InvalidOperationException("The Playwright driver needs the PageMap setting.")));

    public PageMap Map => map.Value;
}
