using Dasan.Bench;

var benchmarks = new Dictionary<string, Func<string[], int>>(StringComparer.OrdinalIgnoreCase)
{
    ["korean"] = KoreanBenchmark.Run,
    ["knowledge"] = KnowledgeBenchmark.Run,
    ["learning"] = LearningBenchmark.Run,
    ["triage"] = TriageBenchmark.Run,
    ["triage-errors"] = DevSetErrors.Run,
    ["triage-blend"] = CatalogModelProbe.Run,
    ["triage-profile"] = TriageProfile.Run,
    ["urgency"] = UrgencyBenchmark.Run,
    ["urgency-probe"] = UrgencyModelProbe.Run,
    ["urgency-english-probe"] = UrgencyEnglishProbe.Run,
    ["urgency-traffic"] = UrgencyTraffic.Run,
    ["urgency-everyday-probe"] = UrgencyEverydayProbe.Run,
    ["routing-quality"] = Dasan.Bench.Quality.RoutingReport.Run,
    ["answer-quality"] = Dasan.Bench.Quality.AnswerReport.Run,
    ["ai-quality"] = Dasan.Bench.Quality.AiQualityBenchmark.Run,
    ["routing-model"] = Dasan.Bench.Quality.RoutingModelCommand.Run,
    ["dashboard"] = DashboardBenchmark.Run,
    ["radar"] = RadarBenchmark.Run,
    ["cluster"] = Dasan.Bench.Cluster.ClusterBenchmark.Run,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: dotnet run -c Release --project bench/Dasan.Bench -- <{string.Join('|', benchmarks.Keys)}> [options]");
    return 1;
}

return run(args[1..]);
