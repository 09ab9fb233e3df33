using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>Bold markers go; masked digits and e-mail letters in a guide's sentence stay masked, not garbled.</summary>
public sealed class BoldMarkersTests
{
    [Theory]
    [InlineData("**수박 껍질도 음식물인가요?** 네, 음식물쓰레기예요.", "수박 껍질도 음식물인가요? 네, 음식물쓰레기예요.")]
    [InlineData("문의는 담당자(010-****-5678, y*****@seoul.go.kr)에게 하세요.", "문의는 담당자(010-****-5678, y*****@seoul.go.kr)에게 하세요.")]
    [InlineData("**전화** 010-****-1234", "전화 010-****-1234")]
    [InlineData("담당 홍**님과 김**님께 문의하세요.", "담당 홍**님과 김**님께 문의하세요.")]
    [InlineData("**형제가 나이 차이가 나요.", "형제가 나이 차이가 나요.")]
    [InlineData("같이 들어갈 수 있나요?**", "같이 들어갈 수 있나요?")]
    [InlineData("담당 홍** 주무관(010-****-1234)", "담당 홍** 주무관(010-****-1234)")]
    public void Strip_RemovesOnlyPairsOfAsterisks(string text, string expected) => Assert.Equal(expected, BoldMarkers.Strip(text));
}
