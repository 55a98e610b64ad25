using Reqnroll;
using SpineConformance.Hl7.Acs;

namespace SpineConformance.Specs.Steps;

/// <summary>How step text becomes domain values.</summary>
[Binding]
public sealed class Transformations
{
    [StepArgumentTransformation("(Yes|No|Ask|Clear)")]
    public static AcsPermission ToPermission(string text) => Enum.Parse<AcsPermission>(text);
}
