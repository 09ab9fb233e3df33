using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dasan.Web.Tests.Infrastructure;

/// <summary>
/// A small OpenAI-compatible server on 127.0.0.1 for tests: <c>/v1/chat/completions</c> (JSON and SSE streaming)
/// and <c>/v1/embeddings</c> (float and base64). Its "model" answers with the first sentence of passage [1]
/// of the prompt, citing it, so a test can tell a generated answer from an extractive one.
/// </summary>
public sealed partial class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeOpenAiServer(WebApplication app) => _app = app;

    /// <summary>The OpenAI-style base address, e.g. http://127.0.0.1:41234/v1.</summary>
    public string BaseUrl =>
        _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1";

    /// <summary>What the model does next: answer, cite a passage that does not exist, stall, or say it cannot answer.</summary>
    public FakeModelBehaviour Behaviour { get; set; } = FakeModelBehaviour.Answer;

    /// <summary>Every request body received, in order.</summary>
    public ConcurrentQueue<string> ChatRequests { get; } = new();

    public ConcurrentQueue<string> EmbeddingRequests { get; } = new();

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", server.ChatAsync);
        app.MapPost("/v1/embeddings", server.EmbeddingsAsync);
        await app.StartAsync();
        return server;
    }

    private async Task ChatAsync(HttpContext http)
    {
        var body = await new StreamReader(http.Request.Body).ReadToEndAsync(http.RequestAborted);
        ChatRequests.Enqueue(Readable(body));
        var request = JsonNode.Parse(body)!;
        var model = request["model"]?.GetValue<string>() ?? "fake";
        if (Behaviour == FakeModelBehaviour.Stall)
        {
            await Task.Delay(TimeSpan.FromSeconds(60), http.RequestAborted);
        }

        var prompt = request["messages"]!.AsArray().Last()!["content"]!.ToString();
        var answer = Behaviour switch
        {
            FakeModelBehaviour.NoAnswer => "답변불가",
            FakeModelBehaviour.WrongCitation => FirstSentence(prompt) + " [7]",
            _ => FirstSentence(prompt) + " [1] 자세한 내용은 출처를 확인해 주세요. [1]",
        };
        if (request["stream"]?.GetValue<bool>() != true)
        {
            await http.Response.WriteAsJsonAsync(new
            {
                id = "chatcmpl-fake", @object = "chat.completion", created = 1_764_000_000, model,
                choices = new[] { new { index = 0, message = new { role = "assistant", content = answer }, finish_reason = "stop" } },
                usage = new { prompt_tokens = prompt.Length, completion_tokens = answer.Length, total_tokens = prompt.Length + answer.Length },
            });
            return;
        }

        http.Response.ContentType = "text/event-stream";
        foreach (var piece in Pieces(answer))
        {
            await WriteChunkAsync(http, model, new { role = "assistant", content = piece }, null);
            await Task.Delay(5, http.RequestAborted);
        }

        await WriteChunkAsync(http, model, new { }, "stop");
        await http.Response.WriteAsync("data: [DONE]\n\n", http.RequestAborted);
    }

    private static async Task WriteChunkAsync(HttpContext http, string model, object delta, string? finish)
    {
        var chunk = JsonSerializer.Serialize(new
        {
            id = "chatcmpl-fake", @object = "chat.completion.chunk", created = 1_764_000_000, model,
            choices = new[] { new { index = 0, delta, finish_reason = finish } },
        });
        await http.Response.WriteAsync("data: " + chunk + "\n\n", http.RequestAborted);
        await http.Response.Body.FlushAsync(http.RequestAborted);
    }

    private async Task EmbeddingsAsync(HttpContext http)
    {
        var body = await new StreamReader(http.Request.Body).ReadToEndAsync(http.RequestAborted);
        EmbeddingRequests.Enqueue(Readable(body));
        var request = JsonNode.Parse(body)!;
        var inputs = request["input"] is JsonArray array ? array.Select(n => n!.ToString()).ToList() : [request["input"]!.ToString()];
        var base64 = request["encoding_format"]?.GetValue<string>() == "base64";
        var data = inputs.Select((text, i) =>
        {
            var vector = Embed(text);
            object embedding = base64 ? Convert.ToBase64String(vector.SelectMany(BitConverter.GetBytes).ToArray()) : vector;
            return new { @object = "embedding", index = i, embedding };
        });
        await http.Response.WriteAsJsonAsync(new
        {
            @object = "list", data, model = request["model"]?.GetValue<string>(),
            usage = new { prompt_tokens = inputs.Sum(t => t.Length), total_tokens = inputs.Sum(t => t.Length) },
        });
    }

    // The body with Korean unescaped, so tests can search it.
    private static string Readable(string body) =>
        JsonNode.Parse(body)!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>A deterministic bag-of-character-bigrams vector (1,024 dimensions, unit length).</summary>
    private static float[] Embed(string text)
    {
        var v = new float[1024];
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && char.IsLetterOrDigit(text[i + 1]))
            {
                v[((text[i] * 7919) + text[i + 1]) % 1024] += 1;
            }
        }

        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return norm == 0 ? v : v.Select(x => x / norm).ToArray();
    }

    private static string FirstSentence(string prompt)
    {
        var passage = PassageOne().Match(prompt);
        var text = passage.Success ? passage.Groups[1].Value : "자료를 확인해 주세요.";
        var end = text.IndexOf('.', StringComparison.Ordinal);
        return (end > 0 ? text[..(end + 1)] : text).Trim().TrimEnd('.') + ".";
    }

    private static IEnumerable<string> Pieces(string answer)
    {
        var words = answer.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            yield return i == 0 ? words[i] : " " + words[i];
        }
    }

    [GeneratedRegex(@"\[1\][^\n]*\n([^\n]+)")]
    private static partial Regex PassageOne();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
