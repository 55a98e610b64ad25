using System.Text.Encodings.Web;
using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.Web;

/// <summary>
/// The shell every page shares: title, links between the pages, inline styles (no CDN: the SUT runs offline) and the
/// logged-in user. Every value from outside goes through <see cref="Encode"/>; the page text is fixed markup.
/// </summary>
internal static class PageLayout
{
    public const string Title = "Reference GP System – SCR sharing";

    public const string LrTitle = "Reference GP System – Legitimate relationships";

    public const string HtmlContentType = "text/html; charset=utf-8";

    private const string Styles = """
        body { font-family: system-ui, sans-serif; margin: 0; color: #212b32; background: #f0f4f5; }
        header { background: #005eb8; color: #fff; padding: 1rem 2rem; }
        header h1 { margin: 0; font-size: 1.5rem; }
        main { max-width: 40rem; margin: 2rem auto; background: #fff; padding: 1.5rem 2rem; border-radius: 4px; }
        dl { display: grid; grid-template-columns: max-content auto; gap: .25rem 1rem; }
        dt { font-weight: 600; }
        dd { margin: 0; }
        label { display: block; font-weight: 600; margin-bottom: .25rem; }
        input { font-size: 1rem; padding: .4rem; width: 12rem; }
        button { font-size: 1rem; padding: .45rem 1rem; background: #007f3b; color: #fff; border: 0; border-radius: 4px; }
        .error { color: #d5281b; font-weight: 600; }
        section { margin-top: 1.5rem; }
        .actions button { margin-right: .5rem; }
        fieldset { margin-top: 1rem; border: 1px solid #d8dde0; border-radius: 4px; }
        legend { font-weight: 600; }
        .choice { margin: .25rem 0; }
        .choice input { width: auto; }
        .choice label { display: inline; font-weight: normal; }
        header nav a { color: #fff; margin-right: 1rem; }
        main.wide { max-width: 64rem; }
        select, textarea { font-size: 1rem; padding: .4rem; }
        textarea { width: 16rem; }
        table { border-collapse: collapse; margin-top: .5rem; }
        th, td { border: 1px solid #d8dde0; padding: .25rem .5rem; text-align: left; vertical-align: top; }
        """;

    public static string Encode(string? value) => HtmlEncoder.Default.Encode(value ?? string.Empty);

    public static string Render(LoggedInUserOptions user, string mainContent) => Render(user, Title, mainContent, wide: false);

    /// <summary>A page under <paramref name="title"/>; <paramref name="wide"/> for a page whose result tables need room.</summary>
    public static string Render(LoggedInUserOptions user, string title, string mainContent, bool wide) => $"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Encode(title)}</title>
        <style>
        {Styles}
        </style>
        </head>
        <body>
        <header>
        <h1>{Encode(title)}</h1>
        <nav><a id="nav-scr-sharing" href="/">SCR sharing</a> <a id="nav-lr" href="{LrForms.PagePath}">Legitimate relationships</a> <a id="nav-mhs" href="{MhsPages.PagePath}">Message log</a> <a id="nav-user" href="{UserPages.PagePath}">Change role profile</a></nav>
        </header>
        <main{(wide ? " class=\"wide\"" : string.Empty)}>
        <section aria-labelledby="user-heading">
        <h2 id="user-heading">Logged-in user</h2>
        <dl>
        <dt>Name</dt><dd id="user-name">{Encode(user.Name)}</dd>
        <dt>Role profile</dt><dd id="user-role-profile">{Encode(user.RoleProfileId)}</dd>
        <dt>Job role</dt><dd id="user-job-role">{Encode(user.JobRole)}</dd>
        </dl>
        </section>
        {mainContent}
        </main>
        </body>
        </html>
        """;
}
