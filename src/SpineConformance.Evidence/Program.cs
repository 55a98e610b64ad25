using System.CommandLine;
using SpineConformance.Evidence;

// dotnet run --project src/SpineConformance.Evidence -- verify reports/evidence/spineconformance-evidence-….zip [--allure-report DIR]
return await EvidenceCommandLine.Build(Console.Out, Console.Error).Parse(args).InvokeAsync();
