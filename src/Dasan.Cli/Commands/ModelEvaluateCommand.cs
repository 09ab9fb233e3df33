using System.CommandLine;
using Dasan.Ai.Learning;

namespace Dasan.Cli.Commands;

/// <summary><c>dasan model evaluate --model NAME[@VERSION] --input FILE --text COL --label COL [--json] [--html FILE]</c>.</summary>
public static class ModelEvaluateCommand
{
    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "NAME (active version) or NAME@VERSION", Required = true };
        var input = new Option<FileInfo>("--input") { Description = "CSV or JSONL with the text and the true label", Required = true };
        var text = new Option<string>("--text") { Required = true };
        var label = new Option<string>("--label") { Required = true };
        var json = new Option<bool>("--json") { Description = "Print {n, accuracy, macro_f1, per_label, confusion, reliability}" };
        var html = new Option<FileInfo?>("--html") { Description = "Also write an HTML report with the confusion matrix and reliability diagram" };
        var command = new Command("evaluate", "Accuracy, macro-F1, per-label precision/recall/F1, confusion matrix and calibration of a model");
        foreach (var o in new Option[] { model, input, text, label, json, html })
        {
            command.Options.Add(o);
        }

        command.SetAction((r, ct) => CliHost.RunAsync(() => ModelCommands.WithRegistryAsync(r.GetValue(DasanCommandLine.Data), async registry =>
        {
            var (entry, classifier) = await registry.LoadAsync(r.GetValue(model)!, ct);
            var set = LabeledDataReader.Read(r.GetValue(input)!.FullName, r.GetValue(text)!, r.GetValue(label)!);
            var report = ClassifierEvaluator.Evaluate(classifier, Masking.MaskAll(set.Rows));
            await registry.SaveEvaluationAsync(ModelCommands.CliActor, entry, report, ct);
            if (r.GetValue(html) is { } file)
            {
                EvaluationHtmlReport.Write(report, file.FullName, $"{entry.Key} 평가");
                Console.Error.WriteLine($"HTML report written to {file.FullName}");
            }

            if (r.GetValue(json))
            {
                Console.WriteLine(report.ToJson());
                return;
            }

            Console.WriteLine($"{entry.Key} on {set.Rows.Count} examples: accuracy {report.Accuracy:F4}, macro-F1 {report.MacroF1:F4}, ECE {report.Reliability?.ExpectedCalibrationError:F4}");
            foreach (var (l, m) in report.PerLabel.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"  {l,-20} precision {m.Precision:F3}  recall {m.Recall:F3}  F1 {m.F1:F3}  support {m.Support}");
            }
        }, ct)));
        return command;
    }
}
