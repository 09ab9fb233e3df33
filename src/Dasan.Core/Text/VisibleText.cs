using System.Globalization;

namespace Dasan.Core.Text;

/// <summary>
/// Whether a text shows anything (issue 15): a title of NUL, zero-width spaces, BOMs or other control and format
/// characters is as empty as one of spaces, and every required field treats it so.
/// </summary>
public static class VisibleText
{
    public static bool IsBlank(string? text)
    {
        if (text is null)
        {
            return true;
        }

        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (!char.IsWhiteSpace(c) && category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator))
            {
                return false;
            }
        }

        return true;
    }
}
