using System.Reflection;
using System.Text.RegularExpressions;
using SpineConformance.ReferenceSut.Defects;

namespace SpineConformance.ReferenceSut.Tests.Defects;

/// <summary>The catalogue holds the ids reports and configuration rely on: unique, well formed, described, all listed.</summary>
public sealed partial class DefectCatalogueTests
{
    private static IEnumerable<Defect> Defects() => DefectCatalogue.All;

    [Test]
    public void All_HasAtLeastThirtyDefects_InEveryCategory()
    {
        Assert.That(DefectCatalogue.All, Has.Count.GreaterThanOrEqualTo(30));
        Assert.That(DefectCatalogue.All.Select(d => d.Category).Distinct(), Is.EquivalentTo(Enum.GetValues<DefectCategory>()));
    }

    [Test]
    public void All_IdsAreUnique_IgnoringCase() =>
        Assert.That(DefectCatalogue.All.GroupBy(d => d.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty);

    [Test]
    public void All_NumbersAreUniqueWithinACategory() =>
        Assert.That(DefectCatalogue.All.GroupBy(d => d.Id[..3]).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty);

    [TestCaseSource(nameof(Defects))]
    public void EachDefect_HasAnIdOfItsCategory_AndAOneLineDescription(Defect defect)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(defect.Id, Does.Match(IdScheme()), "a category letter, two digits, then what goes wrong in upper case");
            Assert.That(defect.Id[0], Is.EqualTo(defect.Category.ToString()[0]), "the id's letter is its category's");
            Assert.That(defect.Description, Is.Not.Empty.And.Length.LessThanOrEqualTo(160));
            Assert.That(defect.Description, Does.Not.Contain('\n').And.Not.EndWith("."), "one line, a phrase rather than a paragraph");
        }
    }

    [Test]
    public void All_ListsEveryDefectTheCatalogueDeclares()
    {
        var declared = typeof(DefectCatalogue).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Defect)).Select(f => (Defect)f.GetValue(null)!);

        Assert.That(DefectCatalogue.All, Is.EquivalentTo(declared));
    }

    [Test]
    public void All_IsInCategoryThenNumberOrder() =>
        Assert.That(DefectCatalogue.All, Is.EqualTo(DefectCatalogue.All.OrderBy(d => d.Category).ThenBy(d => d.Id, StringComparer.Ordinal)));

    [TestCase("T02-WSA-TO-MISSING")]
    [TestCase("t02-wsa-to-missing")]
    [TestCase(" T02-WSA-TO-MISSING ")]
    public void Find_AnIdInAnyCase_FindsTheDefect(string id) =>
        Assert.That(DefectCatalogue.Find(id), Is.SameAs(DefectCatalogue.WsaToMissing));

    [TestCase("T99-NO-SUCH-DEFECT")]
    [TestCase("")]
    [TestCase(null)]
    public void Find_AnUnknownId_FindsNothing(string? id) => Assert.That(DefectCatalogue.Find(id), Is.Null);

    [Test]
    public void Switches_NoneOn_AreNone() =>
        Assert.That(DefectCatalogue.All.Where(DefectSwitches.None.IsOn), Is.Empty);

    [Test]
    public void Switches_SomeOn_AreOnInCatalogueOrder()
    {
        var switches = new DefectSwitches(["b04-no-rbac-before-set", "T02-WSA-TO-MISSING"]);

        Assert.That(switches.On, Is.EqualTo(new[] { DefectCatalogue.WsaToMissing, DefectCatalogue.NoRbacBeforeSet }));
        Assert.That(switches.IsOn(DefectCatalogue.AuthorMissing), Is.False);
    }

    [GeneratedRegex("^[TWPB][0-9]{2}(-[A-Z0-9]+)+$")]
    private static partial Regex IdScheme();
}
