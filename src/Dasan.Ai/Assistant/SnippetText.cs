using System.Net;

namespace Dasan.Ai.Assistant;

/// <summary>Turns a highlighted snippet (HTML-encoded text with &lt;mark&gt; tags) back into plain text for JSON and pages.</summary>
public static class SnippetText
{
    public static string Plain(string snippet) =>
        WebUtility.HtmlDecode(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));
}
