namespace SpineConformance.Reporting.Allure;

internal static class AllureContentTypes
{
    public static string Extension(string contentType) => contentType.Split(';')[0].Trim().ToUpperInvariant() switch
    {
        "TEXT/PLAIN" => "txt",
        "APPLICATION/JSON" => "json",
        "APPLICATION/XML" or "TEXT/XML" or "APPLICATION/SOAP+XML" => "xml",
        "TEXT/HTML" => "html",
        "TEXT/CSV" => "csv",
        "IMAGE/PNG" => "png",
        "IMAGE/JPEG" => "jpg",
        "APPLICATION/ZIP" => "zip",
        _ => "bin",
    };
}
