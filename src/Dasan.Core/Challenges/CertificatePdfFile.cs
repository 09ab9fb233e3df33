using System.Globalization;
using System.Text;

namespace Dasan.Core.Challenges;

/// <summary>Assembles a one-page A4 PDF around a content stream, with non-embedded Korean CID fonts (/F1 gothic, /F2 myeongjo) that viewers substitute.</summary>
internal static class CertificatePdfFile
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;

    /// <summary>Advances of the proportional Latin CIDs 1–95 (U+0020–U+007E) for the gothic face, as common Korean sans substitutes draw them, so ASCII neither overlaps nor gapes.</summary>
    private const string GothicLatin = "[1 [224 323 474 555 555 921 680 278 338 338 467 555 278 347 278 392 555 555 555 555 555 555 555 555 555 555 278 278 555 555 555 474 946 608 657 638 688 589 552 689 728 293 535 646 543 812 723 742 633 742 635 596 599 721 575 878 573 531 603 338 392 338 555 559 606 563 618 510 620 554 325 564 607 275 275 552 284 926 610 606 620 620 388 468 377 607 521 802 498 521 475 338 270 338 555]]";

    /// <summary>The myeongjo face only sets Korean here; its Latin CIDs get half an em.</summary>
    private const string MyeongjoLatin = "[1 95 500]";

    public static byte[] Build(string content, string title, DateOnly created)
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            string.Create(CultureInfo.InvariantCulture, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources << /Font << /F1 5 0 R /F2 8 0 R >> >> /Contents 4 0 R >>"),
            string.Create(CultureInfo.InvariantCulture, $"<< /Length {content.Length} >>\nstream\n{content}\nendstream"),
            .. Font(5, "HYGoThic-Medium", 4, "[-6 -145 1003 880]", GothicLatin),
            .. Font(8, "HYSMyeongJo-Medium", 6, "[0 -148 1001 880]", MyeongjoLatin),
            string.Create(CultureInfo.InvariantCulture, $"<< /Title <FEFF{CertificateCanvas.Hex(title)}> /Producer (Dasan) /CreationDate (D:{created:yyyyMMdd}000000+09'00') >>"),
        ];

        // Latin-1 keeps one byte per character, so string lengths are byte offsets.
        var pdf = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new int[objects.Length];
        for (var i = 0; i < objects.Length; i++)
        {
            offsets[i] = pdf.Length;
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info {objects.Length} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>Type0 font (object <paramref name="id"/>), its CIDFontType0 descendant and font descriptor, Adobe-Korea1 with UCS-2 input.</summary>
    private static string[] Font(int id, string name, int flags, string bbox, string widths) =>
    [
        string.Create(CultureInfo.InvariantCulture, $"<< /Type /Font /Subtype /Type0 /BaseFont /{name}-UniKS-UCS2-H /Encoding /UniKS-UCS2-H /DescendantFonts [{id + 1} 0 R] >>"),
        string.Create(CultureInfo.InvariantCulture, $"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /{name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Korea1) /Supplement 1 >> /FontDescriptor {id + 2} 0 R /DW 1000 /W {widths} >>"),
        string.Create(CultureInfo.InvariantCulture, $"<< /Type /FontDescriptor /FontName /{name} /Flags {flags} /FontBBox {bbox} /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"),
    ];
}
