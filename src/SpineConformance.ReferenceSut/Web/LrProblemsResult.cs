namespace SpineConformance.ReferenceSut.Web;

/// <summary>
/// Why a form was not sent: every problem, each naming the control at fault in <c>data-field</c>. The page answers 400,
/// as the SCR page does for a missing NHS number, and Spine is not called.
/// </summary>
internal static class LrProblemsResult
{
    public static string Render(string heading, LrFormProblems problems) => $"""
        <section id="lr-result" aria-labelledby="lr-result-heading">
        <h2 id="lr-result-heading">{PageLayout.Encode(heading)}</h2>
        <p id="lr-message" class="error">{PageLayout.Encode(Summary(problems.All.Count))}</p>
        <ul id="lr-problems">
        {string.Join(Environment.NewLine, problems.All.Select(p => $"""<li class="error" data-field="{PageLayout.Encode(p.Field)}">{PageLayout.Encode(p.Message)}</li>"""))}
        </ul>
        </section>
        """;

    private static string Summary(int count) =>
        $"Nothing was sent to Spine: the form has {(count == 1 ? "a problem" : $"{count} problems")} to put right.";
}
