using System.Text.Json;
using Dasan.Core.Content;

namespace Dasan.Core.Departments;

/// <summary>Reads and validates a department catalog; every problem is reported, not just the first.</summary>
public static class CatalogReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public static CatalogDocument Shipped()
    {
        using var stream = ShippedContent.Open("catalog/departments.json");
        return Read(stream);
    }

    public static CatalogDocument Read(Stream stream)
    {
        CatalogDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize<CatalogDocument>(stream, Json);
        }
        catch (JsonException e)
        {
            throw new CatalogException([$"not valid JSON at line {e.LineNumber + 1}: {e.Message}"]);
        }

        if (doc is null)
        {
            throw new CatalogException(["the file is empty"]);
        }

        Validate(doc);
        return doc;
    }

    public static void Validate(CatalogDocument doc)
    {
        var problems = new List<string>();
        var bureaus = doc.Bureaus.Select(b => b.Name).ToHashSet();
        var codes = new HashSet<string>();
        var names = new HashSet<string>();
        for (var i = 0; i < doc.Units.Count; i++)
        {
            var u = doc.Units[i];
            var at = $"units[{i}] ({(string.IsNullOrEmpty(u.Name) ? u.Code : u.Name)})";
            if (string.IsNullOrWhiteSpace(u.Code)) problems.Add($"{at}: code is missing");
            else if (!codes.Add(u.Code)) problems.Add($"{at}: code '{u.Code}' is used twice");
            if (string.IsNullOrWhiteSpace(u.Name)) problems.Add($"{at}: name is missing");
            else if (!names.Add(u.Name)) problems.Add($"{at}: name '{u.Name}' is used twice");
            if (!bureaus.Contains(u.Bureau)) problems.Add($"{at}: bureau '{u.Bureau}' is not in bureaus");
            if (!Domains.IsKnown(u.Domain)) problems.Add($"{at}: domain '{u.Domain}' is not one of {string.Join(", ", Domains.Korean.Keys)}");
            if (string.IsNullOrWhiteSpace(u.Duties)) problems.Add($"{at}: duties are missing");
            if (u.Examples.Count < 3) problems.Add($"{at}: needs at least 3 example requests (has {u.Examples.Count})");
            if (u.Keywords.Count == 0) problems.Add($"{at}: keywords are missing");
        }

        foreach (var domain in Domains.Korean.Keys.Where(d => doc.Units.All(u => u.Domain != d)))
        {
            problems.Add($"domain '{domain}' has no unit");
        }

        if (problems.Count > 0)
        {
            throw new CatalogException(problems);
        }
    }
}
