using Dasan.Ai.Knowledge;
using Microsoft.Extensions.AI;

namespace Dasan.Ai.Generation;

/// <summary>The knowledge library's <see cref="IEmbeddingSource"/> over an OpenAI-compatible <c>/v1/embeddings</c>.</summary>
public sealed class GeneratorEmbeddingSource(IEmbeddingGenerator<string, Embedding<float>> generator) : IEmbeddingSource
{
    private const int Batch = 64;

    public async Task<float[][]> EmbedAsync(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = new List<float[]>(texts.Count);
        for (var i = 0; i < texts.Count; i += Batch)
        {
            var batch = texts.Skip(i).Take(Batch).ToList();
            var embeddings = await generator.GenerateAsync(batch).ConfigureAwait(false);
            if (embeddings.Count != batch.Count)
            {
                throw new InvalidOperationException($"The embedding server returned {embeddings.Count} vectors for {batch.Count} texts.");
            }

            vectors.AddRange(embeddings.Select(e => e.Vector.ToArray()));
        }

        return [.. vectors];
    }
}
