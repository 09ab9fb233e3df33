using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dasan.Korean.Normalization;

/// <summary>
/// Turns HTML into plain text with a real HTML parser: drops scripts, styles and other
/// non-content elements and keeps paragraph and line breaks as newlines.
/// </summary>
public static class HtmlTextExtractor
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "head", "iframe", "object", "svg", "math",
    };

    private static readonly HashSet<string> Paragraphs = new(StringComparer.Ordinal)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article",
        "header", "footer", "table", "ul", "ol", "pre", "form", "fieldset", "address", "main", "nav", "aside",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.Ordinal)
    {
        "br", "li", "tr", "dt", "dd", "hr", "option", "caption", "figcaption",
    };

    /// <summary>True when the text contains something that looks like an HTML tag or comment.</summary>
    public static bool LooksLikeHtml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = text.IndexOf('<', StringComparison.Ordinal);
        while (index >= 0 && index + 1 < text.Length)
        {
            var next = text[index + 1];
            if ((char.IsAsciiLetter(next) || next == '/' || next == '!') && text.IndexOf('>', index) > 0)
            {
                return true;
            }

            index = text.IndexOf('<', index + 1);
        }

        return false;
    }

    /// <summary>Extracts the visible text; block elements become blank lines, &lt;br&gt; a newline.</summary>
    public static string Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        var output = new StringBuilder(html.Length);
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((document.DocumentElement, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IElement element)
            {
                var name = element.LocalName;
                if (Skipped.Contains(name))
                {
                    continue;
                }

                if (!leaving || Paragraphs.Contains(name))
                {
                    AppendBreak(output, name);
                }

                if (!leaving)
                {
                    stack.Push((node, true));
                    for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        stack.Push((child, false));
                    }
                }
            }
            else if (node.NodeType == NodeType.Text)
            {
                output.Append(node.TextContent);
            }
        }

        return output.ToString();
    }

    private static void AppendBreak(StringBuilder output, string name)
    {
        if (Paragraphs.Contains(name))
        {
            output.Append("\n\n");
        }
        else if (Lines.Contains(name))
        {
            output.Append('\n');
        }
        else if (name is "td" or "th")
        {
            output.Append(' ');
        }
    }
}
