namespace Dasan.Web.Text;

/// <summary>
/// Whether a return address stays on this site (issue 15): a single leading slash and no backslash or control
/// character anywhere (browsers read <c>/\evil.example</c> as <c>//evil.example</c>, another host).
/// </summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Contains('\\', StringComparison.Ordinal) && !url.Any(char.IsControl);

    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";
}
