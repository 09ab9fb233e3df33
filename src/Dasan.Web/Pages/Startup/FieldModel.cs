namespace Dasan.Web.Pages.Startup;

/// <summary>One labelled form field with its error (shared by the hub's forms).</summary>
public sealed record FieldModel(
    string Id, string Name, string Key, string Label, string? Value, IDictionary<string, string[]> Errors, int Max = 200, string Type = "text",
    bool Multiline = false, string? Hint = null, string Autocomplete = "off");
