using System.Reflection;
using NUnit.Framework;

namespace SpineConformance.Gherkin.Running;

/// <summary>
/// Sorts a step's exception into a status. Failed means an assertion (NUnit's, or any exception type whose name ends in
/// AssertionException, AssertException or AssertionFailedException, which covers Shouldly and FluentAssertions);
/// every other exception is Broken.
/// </summary>
internal static class FailureClassifier
{
    public static Exception Unwrap(Exception exception) => exception switch
    {
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        _ => exception,
    };

    public static ExecutionStatus Classify(Exception exception) => exception switch
    {
        PendingStepException or InconclusiveException => ExecutionStatus.Pending,
        IgnoreException => ExecutionStatus.Ignored,
        AssertionException or MultipleAssertException => ExecutionStatus.Failed,
        _ when IsAssertionName(exception.GetType().Name) => ExecutionStatus.Failed,
        _ => ExecutionStatus.Broken,
    };

    private static bool IsAssertionName(string name) =>
        name.EndsWith("AssertionException", StringComparison.Ordinal)
        || name.EndsWith("AssertException", StringComparison.Ordinal)
        || name.EndsWith("AssertionFailedException", StringComparison.Ordinal);
}
