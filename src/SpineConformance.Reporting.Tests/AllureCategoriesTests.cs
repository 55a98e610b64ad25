using System.Text.RegularExpressions;
using SpineConformance.Reporting.Allure;

namespace SpineConformance.Reporting.Tests;

[TestFixture]
public sealed class AllureCategoriesTests
{
    private static string? FirstMatchingCategory(string status, string message) =>
        AllureCategories.All.Select(c => (dynamic)c).FirstOrDefault(c =>
            ((string[])c.matchedStatuses).Contains(status)
            && (HasNoRegex(c) || Regex.IsMatch(message, (string)c.messageRegex)))?.name;

    private static bool HasNoRegex(dynamic category) => category.GetType().GetProperty("messageRegex") is null;

    [TestCase("broken", "No step definition matches this step:\n  Given x", "Undefined or ambiguous steps")]
    [TestCase("broken", "Ambiguous step: 2 step definitions match it", "Undefined or ambiguous steps")]
    [TestCase("broken", "Connection refused (127.0.0.1:5000)", "Environment problems")]
    [TestCase("broken", "The operation has timed out.", "Environment problems")]
    [TestCase("failed", "Expected 1 but was 2", "Product defects")]
    [TestCase("broken", "Object reference not set", "Suite defects")]
    public void All_Message_FallsInTheExpectedCategory(string status, string message, string expected) =>
        Assert.That(FirstMatchingCategory(status, message), Is.EqualTo(expected));
}
