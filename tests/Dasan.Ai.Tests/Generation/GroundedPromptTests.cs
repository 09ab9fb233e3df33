using Dasan.Ai.Generation;
using Dasan.Ai.Knowledge;
using Microsoft.Extensions.AI;

namespace Dasan.Ai.Tests.Generation;

public sealed class GroundedPromptTests
{
    [Fact]
    public void Build_WhenGivenPassages_NumbersThemFromOneWithTitleSectionAndDepartment()
    {
        var hits = new[]
        {
            Hit("a.md#0", "대형폐기물 배출", "신고 방법", "구청 누리집에서 신고하고 수수료를 내요.", "자원순환과"),
            Hit("b.md#0", "재활용품 분리배출", "종이류", "종이는 물기에 젖지 않게 묶어서 내놓아요.", null),
        };
        var messages = GroundedPrompt.Build("대형폐기물 어떻게 버려요?", hits);
        Assert.Equal(ChatRole.System, messages[0].Role);
        Assert.Contains(PromptTemplates.NoAnswerMarker, messages[0].Text, StringComparison.Ordinal);
        var user = messages[1].Text;
        Assert.Contains("질문: 대형폐기물 어떻게 버려요?", user, StringComparison.Ordinal);
        Assert.Contains("[1] 대형폐기물 배출 › 신고 방법 (자원순환과)\n구청 누리집에서", user, StringComparison.Ordinal);
        Assert.Contains("[2] 재활용품 분리배출 › 종이류\n종이는", user, StringComparison.Ordinal);
        Assert.DoesNotContain("[3]", user, StringComparison.Ordinal);
    }

    private static KnowledgeHit Hit(string id, string title, string section, string text, string? department) =>
        new(new KnowledgeChunk(id, id.Split('#')[0], 0, title, section, text, 0, text.Length, "environment", department, "ko"), 1f, text);
}
