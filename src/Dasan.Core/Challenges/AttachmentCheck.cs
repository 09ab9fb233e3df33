using System.Text;
using System.Text.RegularExpressions;
using Dasan.Core.Requests;

namespace Dasan.Core.Challenges;

/// <summary>
/// Checks an uploaded file before it is stored: a clean file name (no path, control or reserved characters, no hidden
/// double extension), an allowed type whose content starts with that type's signature, and the size limit.
/// </summary>
public static partial class AttachmentCheck
{
    private static readonly Dictionary<string, (string ContentType, string Korean, byte[] Magic)> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", "PDF", "%PDF-"u8.ToArray()),
        [".png"] = ("image/png", "PNG 그림", [0x89, 0x50, 0x4E, 0x47]),
        [".jpg"] = ("image/jpeg", "JPEG 그림", [0xFF, 0xD8, 0xFF]),
        [".jpeg"] = ("image/jpeg", "JPEG 그림", [0xFF, 0xD8, 0xFF]),
        [".hwp"] = ("application/x-hwp", "한글 문서", [0xD0, 0xCF, 0x11, 0xE0]),
        [".hwpx"] = ("application/hwp+zip", "한글 문서", "PK\u0003\u0004"u8.ToArray()),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "워드 문서", "PK\u0003\u0004"u8.ToArray()),
        [".pptx"] = ("application/vnd.openxmlformats-officedocument.presentationml.presentation", "발표 자료", "PK\u0003\u0004"u8.ToArray()),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "엑셀 문서", "PK\u0003\u0004"u8.ToArray()),
    };

    private static readonly string[] Dangerous = [".exe", ".js", ".bat", ".cmd", ".sh", ".ps1", ".vbs", ".scr", ".com", ".msi", ".jar", ".html", ".htm", ".svg"];

    public static string Allowed => string.Join(", ", Types.Keys);

    /// <summary>The cleaned name, content type and a note of what was verified; a validation error otherwise.</summary>
    public static (string Name, string ContentType, string Note) Check(string? fileName, ReadOnlySpan<byte> content, long maxBytes)
    {
        var name = Clean(fileName);
        var ext = Path.GetExtension(name);
        if (!Types.TryGetValue(ext, out var type))
        {
            throw RequestValidationException.For("file", $"첨부할 수 없는 형식입니다. 허용: {Allowed} (File type not allowed.)");
        }

        var inner = Path.GetExtension(Path.GetFileNameWithoutExtension(name));
        if (Dangerous.Contains(inner, StringComparer.OrdinalIgnoreCase))
        {
            throw RequestValidationException.For("file", "파일 이름에 실행 파일 확장자가 숨어 있습니다. 이름을 바꿔 다시 올려 주세요. (Hidden executable extension.)");
        }

        if (content.Length == 0 || content.Length > maxBytes)
        {
            throw RequestValidationException.For("file", $"파일은 1바이트 이상 {maxBytes / 1024 / 1024}MB 이하여야 합니다. (File is empty or too large.)");
        }

        if (!content.StartsWith(type.Magic))
        {
            throw RequestValidationException.For("file", $"파일 내용이 {type.Korean} 형식이 아닙니다. 확장자와 실제 형식이 같은 파일을 올려 주세요. (Content does not match the extension.)");
        }

        return (name, type.ContentType, $"{type.Korean} 형식 확인");
    }

    /// <summary>The file's own name without folders, control or reserved characters, at most 100 characters.</summary>
    public static string Clean(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/')).Normalize(NormalizationForm.FormC);
        name = Reserved().Replace(name, "_").Trim(' ', '.');
        if (name.Length > 100)
        {
            var ext = Path.GetExtension(name);
            name = name[..(100 - ext.Length)] + ext;
        }

        if (Path.GetFileNameWithoutExtension(name).Trim('_').Length == 0)
        {
            throw RequestValidationException.For("file", "파일 이름이 비어 있습니다. (Empty file name.)");
        }

        return name;
    }

    [GeneratedRegex(@"[\p{C}<>:""/\\|?*;]")]
    private static partial Regex Reserved();
}
