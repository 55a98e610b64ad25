using System.CommandLine;
using SpineConformance.Validation.Tool;

// spine-validate FILE... [--interaction ID] [--format text|json|junit]
return await ValidateCommandLine.Build(Console.Out, Console.Error).Parse(args).InvokeAsync();
