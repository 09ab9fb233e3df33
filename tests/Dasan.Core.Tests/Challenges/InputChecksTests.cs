using Dasan.Core.Challenges;
using Dasan.Core.Requests;

namespace Dasan.Core.Tests.Challenges;

/// <summary>Business numbers (format and check digit) and attachment checks (type, content signature, hidden extensions, size, names).</summary>
public class InputChecksTests
{
    [Theory]
    [InlineData("220-81-62517", "220-81-62517")]
    [InlineData("2208162517", "220-81-62517")]
    [InlineData("２２０-８１-６２５１７", "220-81-62517")]
    [InlineData(" 220 81 62517 ", "220-81-62517")]
    [InlineData("220-81-62518", null)]
    [InlineData("220-81-6251", null)]
    [InlineData("220-81-6251A", null)]
    [InlineData("", null)]
    public void BusinessNumber_FormatAndCheckDigit(string input, string? expected) => Assert.Equal(expected, BusinessNumber.Normalize(input));

    [Fact]
    public void Attachment_PdfWithPdfContent_IsAccepted()
    {
        var (name, type, note) = AttachmentCheck.Check("../../etc/사업계획서.pdf", "%PDF-1.7 ..."u8, 1024);
        Assert.Equal("사업계획서.pdf", name);
        Assert.Equal("application/pdf", type);
        Assert.Contains("PDF", note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("견적서.exe", "MZ")]
    [InlineData("견적서.pdf", "MZ....")]
    [InlineData("견적서.exe.pdf", "%PDF-1.4")]
    [InlineData("page.html", "<html>")]
    [InlineData(".pdf", "%PDF-1.4")]
    public void Attachment_Rejected(string name, string content) =>
        Assert.Throws<RequestValidationException>(() => AttachmentCheck.Check(name, System.Text.Encoding.ASCII.GetBytes(content), 1024));

    [Fact]
    public void Attachment_TooLargeOrEmpty_IsRejected()
    {
        Assert.Throws<RequestValidationException>(() => AttachmentCheck.Check("a.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0 }, 4));
        Assert.Throws<RequestValidationException>(() => AttachmentCheck.Check("a.png", ReadOnlySpan<byte>.Empty, 4));
    }

    [Fact]
    public void Attachment_NameIsCleaned()
    {
        Assert.Equal("a_b_c.pdf", AttachmentCheck.Clean("a<b>c.pdf"));
        Assert.Equal("보고서.hwp", AttachmentCheck.Clean("C:\\Users\\me\\보고서.hwp"));
        Assert.True(AttachmentCheck.Clean(new string('가', 300) + ".pdf").Length <= 100);
    }
}
