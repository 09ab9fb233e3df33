using System.CommandLine;
using Dasan.Ai.Learning;
using Dasan.Ai.Learning.Registry;
using Dasan.Core.Data;
using Dasan.Core.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Cli.Commands;

/// <summary><c>dasan model train</c> (from a file) and <c>dasan model retrain</c> (a file plus staff corrections from the database).</summary>
public static class ModelTrainCommand
{
    public static Command Create()
    {
        var (input, text, label) = DataOptions(required: true);
        var name = new Option<string>("--name") { Description = "Model name (default: the file name)" };
        var promote = new Option<bool>("--promote") { Description = "Make the new version active (the first version of a name always is)" };
        var command = new Command("train", "Train a classifier on CSV or JSONL and store it as a new version");
        foreach (var o in new Option[] { input, text, label, name, promote })
        {
            command.Options.Add(o);
        }

        command.SetAction((r, ct) => CliHost.RunAsync(() => ModelCommands.WithRegistryAsync(r.GetValue(DasanCommandLine.Data), async registry =>
        {
            var file = r.GetValue(input)!;
            var set = LabeledDataReader.Read(file.FullName, r.GetValue(text)!, r.GetValue(label)!);
            var modelName = r.GetValue(name) ?? Path.GetFileNameWithoutExtension(file.Name).ToLowerInvariant();
            await TrainAndRegisterAsync(registry, modelName, set.Rows, set.Summary, r.GetValue(promote), ct);
        }, ct)));
        return command;
    }

    public static Command CreateRetrain()
    {
        var (input, text, label) = DataOptions(required: false);
        var name = new Option<string>("--name") { Description = "Model name (default routing: the triage router's learned part)", DefaultValueFactory = _ => "routing" };
        var promote = new Option<bool>("--promote") { Description = "Make the new version active" };
        var command = new Command("retrain", "Train a new version from the staff's corrections and confirmations (plus an optional base file)");
        foreach (var o in new Option[] { input, text, label, name, promote })
        {
            command.Options.Add(o);
        }

        command.SetAction((r, ct) => CliHost.RunAsync(async () =>
        {
            await using var services = await CliHost.OpenAsync(r.GetValue(DasanCommandLine.Data), ct);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            var modelName = r.GetValue(name)!;
            var rows = await db.TrainingExamples.AsNoTracking().Where(e => e.Task == modelName).Select(e => new LabeledText(e.Text, e.Label)).ToListAsync(ct);
            var fromDb = rows.Count;
            if (r.GetValue(input) is { } file)
            {
                rows.AddRange(LabeledDataReader.Read(file.FullName, r.GetValue(text) ?? "text", r.GetValue(label) ?? "label").Rows);
            }

            Console.Error.WriteLine($"{fromDb} examples from staff work, {rows.Count - fromDb} from the base file");
            if (rows.Select(x => x.Label).Distinct().Count() < 2)
            {
                throw new CliUserException($"Not enough labelled examples for '{modelName}' yet ({rows.Count}, needs at least 2 labels); give a base file with --input.");
            }

            var summary = new DataSummary(rows.Count, rows.GroupBy(x => x.Label).ToDictionary(g => g.Key, g => g.Count()), [], []);
            try
            {
                await TrainAndRegisterAsync(scope.ServiceProvider.GetRequiredService<ModelRegistry>(), modelName, rows, summary, r.GetValue(promote), ct);
            }
            catch (LabeledDataException e)
            {
                throw new CliUserException(e.Message);
            }

            return 0;
        }));
        return command;
    }

    private static (Option<FileInfo> Input, Option<string> Text, Option<string> Label) DataOptions(bool required) => (
        new Option<FileInfo>("--input") { Description = "CSV (with header) or JSONL file", Required = required },
        new Option<string>("--text") { Description = "Column with the text", Required = required },
        new Option<string>("--label") { Description = "Column with the label", Required = required });

    private static async Task TrainAndRegisterAsync(ModelRegistry registry, string name, IReadOnlyList<LabeledText> rows, DataSummary summary, bool promote, CancellationToken ct)
    {
        foreach (var warning in summary.Warnings)
        {
            Console.Error.WriteLine("warning: " + warning);
        }

        foreach (var skipped in summary.Skipped.Take(20))
        {
            Console.Error.WriteLine($"line {skipped.Line}: {skipped.Reason}; skipped");
        }

        var masked = Masking.MaskAll(rows);
        var bar = new ProgressBar(100, "training");
        var trainer = new TextClassifierTrainer();
        var model = trainer.Train(masked, new SynchronousProgress<TrainingProgress>(p => bar.Set((int)(p.Fraction * 100), p.Stage.ToString())), ct);
        bar.Done();
        var entry = await registry.RegisterAsync(ModelCommands.CliActor, name, model, summary, ct);
        var first = (await registry.ListAsync(name, ct)).All(m => m.Id == entry.Id || m.Status != "active");
        if (promote || first)
        {
            await registry.PromoteAsync(ModelCommands.CliActor, name, entry.Version, ct);
        }

        var s = model.Summary;
        Console.WriteLine($"{entry.Key}: {s.TrainingExamples} examples, {model.Labels.Count} labels, {s.FeatureCount} features, {s.DurationSeconds:F1} s; " +
            $"held-out accuracy {s.HoldOutAccuracy:F3}, macro-F1 {s.HoldOutMacroF1:F3}, ECE {s.EceBeforeCalibration:F3} → {s.EceAfterCalibration:F3}" +
            (promote || first ? " — active" : " — candidate (dasan model promote " + entry.Key + ")"));
    }
}
