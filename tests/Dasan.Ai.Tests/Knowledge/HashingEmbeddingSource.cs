using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>A deterministic fake embedding: hashed syllable bigrams into 64 dimensions.</summary>
internal sealed class HashingEmbeddingSource : IEmbeddingSource
{
    private const int Dimensions = 64;

    public Task<float[][]> EmbedAsync(IReadOnlyList<string> texts) =>
        Task.FromResult(texts.Select(Embed).ToArray());

    private static float[] Embed(string text)
    {
        var vector = new float[Dimensions];
        for (var i = 0; i + 1 < text.Length; i++)
        {
            vector[((text[i] * 31) + text[i + 1]) % Dimensions] += 1;
        }

        return vector;
    }
}
