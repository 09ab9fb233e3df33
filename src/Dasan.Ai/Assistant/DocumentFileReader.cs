using System.Diagnostics;
using System.Text;
using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Assistant;

/// <summary>Reads a knowledge document's bytes: UTF-8 text, Markdown and HTML as they are; PDF through Debian's <c>pdftotext</c>.</summary>
public static class DocumentFileReader
{
    /// <summary>File extensions that can be ingested.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".md", ".markdown", ".txt", ".html", ".htm", ".pdf"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool CanRead(string fileName) =>
        Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant(), StringComparer.Ordinal);

    public static async Task<(string Content, DocumentFormat Format)> ReadAsync(string path, CancellationToken ct) =>
        await ReadAsync(await File.ReadAllBytesAsync(path, ct), Path.GetFileName(path), ct);

    /// <summary>The text and format of <paramref name="bytes"/> named <paramref name="fileName"/>; InvalidDataException when unreadable.</summary>
    public static async Task<(string Content, DocumentFormat Format)> ReadAsync(byte[] bytes, string fileName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (!CanRead(fileName))
        {
            throw new InvalidDataException($"{fileName}: only {string.Join(", ", Extensions)} documents can be ingested.");
        }

        if (!fileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            string text;
            try
            {
                text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
            }
            catch (DecoderFallbackException)
            {
                throw new InvalidDataException($"{fileName}: not UTF-8 text. Save it as UTF-8 and try again.");
            }

            return (Checked(text, fileName), DocumentParser.FormatOf(fileName));
        }

        return (Checked(await PdfToTextAsync(bytes, fileName, ct), fileName), DocumentFormat.PdfText);
    }

    /// <summary>The text, unless it is empty or not text at all (control characters other than line breaks and tabs).</summary>
    private static string Checked(string text, string fileName)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidDataException($"{fileName}: the document is empty.");
        }

        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')))
        {
            throw new InvalidDataException($"{fileName}: holds binary data, not text.");
        }

        return text;
    }

    private static async Task<string> PdfToTextAsync(byte[] bytes, string fileName, CancellationToken ct)
    {
        if (!File.Exists("/usr/bin/pdftotext"))
        {
            throw new InvalidDataException("pdftotext is not installed (apt-get install poppler-utils)");
        }

        var temp = Path.Combine(Path.GetTempPath(), $"dasan-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(temp, bytes, ct);
        try
        {
            using var p = Process.Start(new ProcessStartInfo("/usr/bin/pdftotext", ["-enc", "UTF-8", "-layout", temp, "-"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            })!;
            var text = p.StandardOutput.ReadToEndAsync(ct);
            var error = p.StandardError.ReadToEndAsync(ct);
            await p.WaitForExitAsync(ct);
            return p.ExitCode == 0 ? await text : throw new InvalidDataException($"{fileName}: pdftotext failed: {(await error).Trim()}");
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
