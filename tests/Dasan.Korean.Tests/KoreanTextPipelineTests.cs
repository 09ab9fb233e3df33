using System.Text.Json;
using Dasan.Korean.PersonalData;

namespace Dasan.Korean.Tests;

public sealed class KoreanTextPipelineTests
{
    private readonly KoreanTextPipeline _pipeline = new();

    [Fact]
    public void Analyze_WhenTextHasPersonalData_MasksAndKeepsItOutOfTokens()
    {
        var analysis = _pipeline.Analyze("<p>저는 홍길동입니다.</p> 연락처 010-1234-5678 로 불법주정차 단속 결과 알려주세요!!!!!");

        Assert.Equal("저는 홍**입니다.\n\n연락처 010-****-5678 로 불법주정차 단속 결과 알려주세요!!!", analysis.Masked);
        Assert.Equal([PersonalDataType.PersonName, PersonalDataType.PhoneNumber], analysis.Findings.Select(f => f.Type));
        Assert.DoesNotContain(analysis.Tokens, t => t.Term.Contains("길동", StringComparison.Ordinal) || t.Term.Contains("1234", StringComparison.Ordinal));
        Assert.Contains(analysis.Tokens, t => t.Term == "주정차");
        Assert.Equal("ko", analysis.Language.Lang);
    }

    [Fact]
    public void Analyze_WhenSerialized_UsesCamelCaseAndEnumNames()
    {
        var analysis = _pipeline.Analyze("메일 a@b.co.kr");

        var json = JsonSerializer.Serialize(analysis, KoreanJsonContext.Default.TextAnalysis);

        Assert.Contains("\"findings\":[{\"type\":\"Email\",\"start\":3,\"length\":9,\"confidence\":0.97,\"original\":\"a@b.co.kr\"}]", json, StringComparison.Ordinal);
        Assert.Contains("\"language\":{\"lang\":\"ko\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"Word\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void MaskSource_WhenRawTextIsMessy_MasksTheRawText()
    {
        const string raw = "연락처:\u200B  010-1234-5678 !!!!!";

        Assert.Equal("연락처:\u200B  010-****-5678 !!!!!", _pipeline.MaskSource(raw));
    }
}
