using System.Diagnostics;
using Dasan.Ai.Triage;
using Dasan.Ai.Triage.Domains;
using Dasan.Core.Departments;

namespace Dasan.Bench.Quality;

/// <summary>
/// <c>routing-model [--output FILE]</c>: trains the shipped domain model (ADR 0107) from the catalog, the knowledge
/// documents, the petitions filed before the cut-off and the proposals outside both evaluation slices, and writes
/// it to <c>content/models/routing-domain.zip</c>.
/// </summary>
public static class RoutingModelCommand
{
    public static int Run(string[] args)
    {
        var protocol = EvalProtocol.Open();
        if (protocol is null)
        {
            return 0;
        }

        var output = args.SkipWhile(a => a != "--output").Skip(1).FirstOrDefault()
            ?? Path.Combine(protocol.Root, "content", "models", ShippedDomainModel.Path["models/".Length..]);
        var watch = Stopwatch.StartNew();
        var model = Train(protocol, Console.WriteLine);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        using (var stream = File.Create(output))
        {
            model.Save(stream);
        }

        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024} KiB) in {watch.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    public static Dasan.Ai.Learning.TrainedTextClassifier Train(EvalProtocol protocol, Action<string> log) =>
        DomainModelBuilder.Build(CatalogReader.Shipped(), Sources(protocol), new TriageOptions().DomainModelWeight, log);

    /// <summary>The training sources of the protocol: no evaluation slice, no petition filed after the cut-off.</summary>
    public static DomainSources Sources(EvalProtocol protocol)
    {
        var proposals = protocol.Proposals();
        return new DomainSources(
            protocol.Knowledge(),
            protocol.Petitions().Where(p => p.Filed < EvalProtocol.PetitionCutoff).Select(p => (p.Title, p.Category)),
            proposals.Values.Where(p => !EvalProtocol.IsEvaluationLine(p.Line)).OrderBy(p => p.Line).Select(p => (p.Title, p.Body)));
    }
}
