namespace Dasan.Ai.Learning;

/// <summary>A sparse feature vector: ascending feature indices and their values.</summary>
internal readonly record struct SparseVector(int[] Indices, float[] Values);
