using Dasan.Web.Text;

namespace Dasan.Web.Challenges;

/// <summary>A form's field errors in the reader's language (the services write "한국어 (English)").</summary>
public static class FormErrors
{
    public static string? For(IDictionary<string, string[]> errors, string field) =>
        errors.TryGetValue(field, out var m) ? string.Join(" ", m.Select(x => Bilingual.Pick(x))) : null;

    public static IEnumerable<string> All(IDictionary<string, string[]> errors) => errors.SelectMany(e => e.Value).Select(x => Bilingual.Pick(x));
}
