namespace Dasan.Ai.Knowledge;

/// <summary>Reads a folder of knowledge documents (e.g. the shipped content/kb) into chunks; the document id is the file name.</summary>
public static class KnowledgeBaseReader
{
    private static readonly string[] Extensions = [".md", ".markdown", ".txt", ".html", ".htm"];

    /// <summary>Parses and chunks every supported file in <paramref name="folder"/>, in file-name order.</summary>
    public static IReadOnlyList<KnowledgeChunk> ReadFolder(string folder, Chunker chunker)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(chunker);
        var chunks = new List<KnowledgeChunk>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (!Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var name = Path.GetFileName(path);
            var document = DocumentParser.Parse(File.ReadAllText(path), DocumentParser.FormatOf(name));
            chunks.AddRange(chunker.Chunk(name, document));
        }

        return chunks;
    }
}
