using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dasan.Korean;
using Dasan.Korean.Language;
using Dasan.Korean.Tokenization;

namespace Dasan.Cli.Commands;

/// <summary>
/// <c>dasan text mask|tokens|lang</c>: read lines on standard input, write one JSON object per line.
/// City staff use <c>mask</c> to de-identify files before sharing them: findings carry no original text.
/// </summary>
public static class TextCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command Create()
    {
        var text = new Command("text", "Korean text tools: read lines on stdin, write JSON lines");
        var label = new Option<bool>("--labels") { Description = "Replace findings by labels such as [전화번호] instead of partial masks" };
        var mask = new Command("mask", "Mask personal data: {\"text\", \"findings\": [{\"type\", \"start\", \"length\", \"confidence\"}]}");
        mask.Options.Add(label);
        var pipeline = new KoreanTextPipeline();
        mask.SetAction((r, ct) => EachLineAsync(line => MaskLine(pipeline, line, r.GetValue(label)), ct));

        var bigrams = new Option<bool>("--bigrams") { Description = "Also emit syllable bigrams (as used for search recall)" };
        var tokens = new Command("tokens", "Tokenise: {\"tokens\": [{\"term\", \"start\", \"end\", \"kind\"}]} (stems; personal data masked first)");
        tokens.Options.Add(bigrams);
        tokens.SetAction((r, ct) =>
        {
            var tokenizer = new KoreanTokenizer(r.GetValue(bigrams) ? KoreanTokenizerOptions.Default : KoreanTokenizerOptions.StemsOnly);
            return EachLineAsync(line => TokensLine(pipeline, tokenizer, line), ct);
        });

        var lang = new Command("lang", "Detect the language: {\"lang\": \"ko|en|zh|ja|other\", \"confidence\"}");
        lang.SetAction((r, ct) => EachLineAsync(LangLine, ct));

        text.Subcommands.Add(mask);
        text.Subcommands.Add(tokens);
        text.Subcommands.Add(lang);
        return text;
    }

    private static Task<int> EachLineAsync(Func<string, object> transform, CancellationToken ct) => CliHost.RunAsync(async () =>
    {
        using var stdin = new StreamReader(Console.OpenStandardInput(), new System.Text.UTF8Encoding(false, false));
        await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false));
        return await ProcessAsync(stdin, stdout, transform, ct);
    });

    /// <summary>Writes one JSON line per input line (an empty line gives an empty result, so lines stay aligned).</summary>
    public static async Task<int> ProcessAsync(TextReader input, TextWriter output, Func<string, object> transform, CancellationToken ct)
    {
        while (await input.ReadLineAsync(ct) is { } line)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(transform(line), Json));
        }

        await output.FlushAsync(ct);
        return 0;
    }

    public static object MaskLine(KoreanTextPipeline pipeline, string line, bool labels)
    {
        var result = pipeline.MaskSourceWithFindings(line, labels ? Korean.PersonalData.MaskingStyle.Label : Korean.PersonalData.MaskingStyle.Partial);
        return new { text = result.Text, findings = result.Findings.Select(f => new { type = f.Type, start = f.Start, length = f.Length, confidence = f.Confidence }) };
    }

    public static object TokensLine(KoreanTextPipeline pipeline, KoreanTokenizer tokenizer, string line) =>
        new { tokens = tokenizer.Tokenize(pipeline.Analyze(line).Masked).Select(t => new { term = t.Term, start = t.Start, end = t.End, kind = t.Kind }) };

    public static object LangLine(string line)
    {
        var guess = LanguageDetector.Detect(line);
        return new { lang = guess.Lang, confidence = Math.Round(guess.Confidence, 3) };
    }
}
