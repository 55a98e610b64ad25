namespace SpineConformance.Simulator.Access;

/// <summary>The names a client of the admin API and console needs to know when the simulator requires an API key.</summary>
public static class AdminAccessConstants
{
    /// <summary>The request header that carries the key.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <summary>The console's session cookie: HttpOnly, SameSite=Strict, holding a random session token that expires, not the key.</summary>
    public const string CookieName = "spine-console-session";

    /// <summary>Where the console's login form posts the key.</summary>
    public const string LoginPath = "/_console/login";

    /// <summary>Where the console's logout button posts; the session ends at once.</summary>
    public const string LogoutPath = "/_console/logout";

    /// <summary>The form field of the login form.</summary>
    public const string LoginField = "key";
}
