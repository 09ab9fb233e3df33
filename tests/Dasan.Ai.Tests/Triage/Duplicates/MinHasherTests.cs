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

    [Theory]
    [InlineData(128, 32)]
    [InlineData(36, 12)]
    [InlineData(7, 7)]
    public void EstimateJaccard_CountsAgreeingSlotsExactly_WhateverTheSignatureLength(int hashes, int bands)
    {
        var hasher = new MinHasher(new NearDuplicateOptions { HashCount = hashes, Bands = bands });
        var texts = new[]
        {
            "동작구 사당로 가로등이 밤새 꺼져 있습니다 확인해 주세요",
            "사당로 가로등이 밤새 꺼져 있어요 빨리 확인 부탁드립니다",
            "기초연금 신청 방법을 알려 주세요",
        };
        var prints = texts.Select(hasher.Fingerprint).ToList();
        foreach (var a in prints)
        {
            foreach (var b in prints)
            {
                var agreeing = a.Signature.Zip(b.Signature).Count(p => p.First == p.Second);
                Assert.Equal(agreeing / (double)hashes, MinHasher.EstimateJaccard(a, b));
            }
        }
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
