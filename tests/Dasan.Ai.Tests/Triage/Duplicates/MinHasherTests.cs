using Dasan.Ai.Triage.Duplicates;

namespace Dasan.Ai.Tests.Triage.Duplicates;

public sealed class MinHasherTests
{
    private static readonly MinHasher Hasher = new();

    [Fact]
    public void Fingerprint_WhenOnlySpacingPunctuationAndGreetingsDiffer_IsIdentical()
    {
        var a = Hasher.Fingerprint("가로등이 꺼졌어요. 고쳐 주세요.");
        var b = Hasher.Fingerprint("안녕하세요!\n가로등이  꺼졌어요,, 고쳐주세요\n수고하세요");

        Assert.Equal(1.0, MinHasher.Jaccard(a, b));
        Assert.Equal(a.Signature, b.Signature);
    }

    [Fact]
    public void Fingerprint_WhenTextsAreUnrelated_HasLowSimilarity()
    {
        var a = Hasher.Fingerprint("아파트 앞 불법 주차 차량을 단속해 주세요");
        var b = Hasher.Fingerprint("기초연금 신청 방법을 알려 주세요");

        Assert.True(MinHasher.Jaccard(a, b) < 0.2);
    }

    [Fact]
    public void FromBytes_WhenRoundTripped_KeepsSignatureAndShingles()
    {
        var fingerprint = Hasher.Fingerprint("하수구 악취가 너무 심해요");

        var copy = DuplicateFingerprint.FromBytes(fingerprint.ToBytes());

        Assert.Equal(fingerprint.Signature, copy.Signature);
        Assert.Equal(fingerprint.Shingles, copy.Shingles);
    }

    [Fact]
    public void FromBytes_WhenTruncated_ThrowsFormatException()
    {
        var bytes = Hasher.Fingerprint("하수구 악취가 너무 심해요").ToBytes();

        Assert.Throws<FormatException>(() => DuplicateFingerprint.FromBytes(bytes.AsSpan(0, bytes.Length - 3)));
    }

    [Fact]
    public void Constructor_WhenHashCountIsNotAMultipleOfBands_Throws()
    {
        Assert.Throws<ArgumentException>(() => new MinHasher(new NearDuplicateOptions { HashCount = 100, Bands = 32 }));
    }
}
