using System.Reflection;

namespace Dasan.Core.Content;

/// <summary>Sample content the product ships (catalog, seed data, knowledge base), embedded in this assembly.</summary>
public static class ShippedContent
{
    private static readonly Assembly Assembly = typeof(ShippedContent).Assembly;

    /// <summary>Opens e.g. <c>catalog/departments.json</c>; throws with the path when it is missing.</summary>
    public static Stream Open(string path) =>
        Assembly.GetManifestResourceStream("content/" + path)
        ?? throw new InvalidOperationException($"Shipped content '{path}' is missing from Dasan.Core (content/{path}).");

    public static string ReadText(string path)
    {
        using var reader = new StreamReader(Open(path));
        return reader.ReadToEnd();
    }

    /// <summary>Paths under a folder, e.g. <c>kb/</c>, sorted.</summary>
    public static IReadOnlyList<string> List(string folder) =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("content/" + folder, StringComparison.Ordinal))
            .Select(n => n["content/".Length..])
            .Order(StringComparer.Ordinal)
            .ToList();
}
