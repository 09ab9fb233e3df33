using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dasan.Cli.Commands;

/// <summary><c>dasan model predict --model NAME[@VERSION] [--k 3] [TEXT]</c>: top-k labels with probabilities (stdin lines when no text).</summary>
public static class ModelPredictCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "NAME (active version) or NAME@VERSION", Required = true };
        var k = new Option<int>("--k") { Description = "How many labels", DefaultValueFactory = _ => 3 };
        var text = new Argument<string?>("text") { Arity = ArgumentArity.ZeroOrOne, Description = "Text to classify (default: each line of standard input)" };
        var command = new Command("predict", "Top-k labels with calibrated probabilities, one JSON object per text");
        command.Options.Add(model);
        command.Options.Add(k);
        command.Arguments.Add(text);
        command.SetAction((r, ct) => CliHost.RunAsync(() => ModelCommands.WithRegistryAsync(r.GetValue(DasanCommandLine.Data), async registry =>
        {
            var (entry, classifier) = await registry.LoadAsync(r.GetValue(model)!, ct);
            var top = Math.Clamp(r.GetValue(k), 1, classifier.Labels.Count);
            var texts = r.GetValue(text) is { } one ? [one] : ReadLines();
            foreach (var t in texts)
            {
                var predictions = classifier.Predict(Masking.Mask(t), top).Select(p => new { label = p.Label, probability = Math.Round(p.Probability, 4) });
                Console.WriteLine(JsonSerializer.Serialize(new { model = entry.Key, predictions }, Json));
            }
        }, ct)));
        return command;
    }

    private static IEnumerable<string> ReadLines()
    {
        while (Console.In.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
