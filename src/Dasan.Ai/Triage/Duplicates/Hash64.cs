namespace Dasan.Ai.Triage.Duplicates;

/// <summary>64-bit mixing in the style of xxHash64's avalanche: fast, allocation-free and stable across runs.</summary>
internal static class Hash64
{
    public const ulong Prime1 = 0x9E3779B185EBCA87UL;
    public const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    public const ulong Prime3 = 0x165667B19E3779F9UL;

    public static ulong Mix(ulong value)
    {
        value ^= value >> 33;
        value *= Prime2;
        value ^= value >> 29;
        value *= Prime3;
        value ^= value >> 32;
        return value;
    }

    /// <summary>The i-th seed of a fixed sequence (SplitMix64), so stored signatures stay valid.</summary>
    public static ulong Seed(int index)
    {
        var z = (ulong)(index + 1) * Prime1;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
