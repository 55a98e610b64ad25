using System.CodeDom.Compiler;
using System.Globalization;
using System.Reflection;
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using SpineConformance.Specs.Runner;

[assembly: ScenarioTitleTestNames]

namespace SpineConformance.Specs.Runner;

/// <summary>
/// Names every scenario's NUnit test after its scenario title, so TRX and the test explorer show
/// "A patient with no recorded decision is shown as ask" rather than the generated method name. An outline's row is
/// the title and the row's values: "Each Spine rule on Get Resource Permissions holds … (SYNC-HDR-TO)".
/// Reqnroll's generator puts the title in each test method's NUnit Description; NUnit applies an assembly's attributes
/// once its whole test tree is built, so this renames the tree from there. A scenario's full name becomes its feature
/// class and its new name, so FullyQualifiedName filters on a namespace or feature class still select it, and
/// TestCategory filters (the tags) are untouched.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ScenarioTitleTestNamesAttribute : NUnitAttribute, IApplyToTest
{
    /// <summary>The generated trailing parameters of an outline's method that are not the example row's values.</summary>
    private static readonly HashSet<string> GeneratedParameters = new(StringComparer.Ordinal) { "__pickleIndex", "exampleTags" };

    public void ApplyToTest(Test test)
    {
        ArgumentNullException.ThrowIfNull(test);
        Rename(test);
    }

    private static void Rename(ITest test)
    {
        if (test is Test named && Title(test) is { } title)
        {
            named.Name = test is TestMethod { Arguments.Length: > 0 } row ? $"{title} ({RowValues(row)})" : title;
            if (test is TestMethod && test.ClassName is { } feature)
            {
                // The TRX logger takes a test's class from its full name less its display name; a full name that did not
                // end with the title would put an outline row whose values hold a '.' under a class that does not exist.
                named.FullName = $"{feature}.{named.Name}";
            }
        }

        foreach (var child in test.Tests)
        {
            Rename(child);
        }
    }

    /// <summary>The scenario title, for a generated scenario's test or outline; null for anything else (fixtures, namespaces).</summary>
    private static string? Title(ITest test) =>
        !IsGeneratedScenario(test) ? null : test switch
        {
            ParameterizedMethodSuite outline => Description(outline),
            // An outline's rows carry no Description of their own: the outline (their parent) holds the title.
            TestMethod row => Description(row) ?? (row.Parent is ParameterizedMethodSuite outline ? Description(outline) : null),
            _ => null,
        };

    /// <summary>Whether the test is a method of a feature class Reqnroll generated: hand-written tests keep their names.</summary>
    private static bool IsGeneratedScenario(ITest test) =>
        test.TypeInfo?.Type.GetCustomAttribute<GeneratedCodeAttribute>()?.Tool == "Reqnroll";

    private static string? Description(ITest test) =>
        test.Properties.Get(PropertyNames.Description) is string description && !string.IsNullOrWhiteSpace(description) ? description : null;

    private static string RowValues(TestMethod row)
    {
        var parameters = row.Method.GetParameters();
        var values = row.Arguments
            .Where((_, i) => i >= parameters.Length || !GeneratedParameters.Contains(parameters[i].ParameterInfo.Name ?? string.Empty))
            .Select(value => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null");
        return string.Join(", ", values);
    }
}
