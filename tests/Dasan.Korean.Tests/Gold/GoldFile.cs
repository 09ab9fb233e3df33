using System.Text.Json;

namespace Dasan.Korean.Tests.Gold;

/// <summary>Reads a gold JSON-lines file copied next to the test assembly.</summary>
internal static class GoldFile
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<T> Read<T>(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Gold", name);
        return File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<T>(line, Options) ?? throw new InvalidDataException($"Bad gold line in {name}: {line}"))
            .ToList();
    }
}

internal sealed record GoldSpan(string Type, int Start, string Text);

internal sealed record PersonalDataExample(string Text, IReadOnlyList<GoldSpan> Spans);

internal sealed record TokenizingExample(string Text, IReadOnlyList<string> Expected, IReadOnlyList<string> Forbidden);
