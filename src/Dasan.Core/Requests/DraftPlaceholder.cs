namespace Dasan.Core.Requests;

/// <summary>
/// Marks in an AI reply draft that the officer must replace or delete (what was done, a reference to an earlier
/// answer). An answer that still carries one is refused, so a draft is never sent to a citizen unfinished.
/// </summary>
public static class DraftPlaceholder
{
    public const string Fill = "【확인 후 기재";
    public const string Note = "【참고";

    public static bool IsIn(string text) =>
        text.Contains(Fill, StringComparison.Ordinal) || text.Contains(Note, StringComparison.Ordinal);
}
