using Dasan.Ai.Knowledge;
using Dasan.Korean;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>The shipped knowledge base (content/kb) chunked and indexed in memory once per test class.</summary>
public sealed class KnowledgeFixture : IDisposable
{
    private readonly Lazy<KnowledgeEvaluation> evaluation;

    public KnowledgeFixture()
    {
        Root = FindRoot();
        Chunks = KnowledgeBaseReader.ReadFolder(Path.Combine(Root, "content", "kb"), new Chunker(new KoreanTextPipeline()));
        Index = KnowledgeIndex.InMemory();
        Index.Rebuild(Chunks);
        Questions = EvalSetReader.ReadTuning(Path.Combine(Root, "content", "kb-eval"));
        ReportQuestions = EvalSetReader.ReadReport(Path.Combine(Root, "content", "kb-eval"));
        TrainingQuestions = EvalSetReader.ReadTraining(Path.Combine(Root, "content", "kb-eval"));
        evaluation = new(() => KnowledgeEvaluator.Evaluate(Index, new ExtractiveAnswerer(Index), Questions, ReportQuestions));
    }

    public string Root { get; }

    public IReadOnlyList<KnowledgeChunk> Chunks { get; }

    public KnowledgeIndex Index { get; }

    /// <summary>The tuning questions (every tuning writer's file).</summary>
    public IReadOnlyList<EvalQuestion> Questions { get; }

    /// <summary>The reporting questions (every reporting writer's file; measured, never tuned on).</summary>
    public IReadOnlyList<EvalQuestion> ReportQuestions { get; }

    /// <summary>The refusal model's training questions (every writer's file).</summary>
    public IReadOnlyList<EvalQuestion> TrainingQuestions { get; }

    /// <summary>The shipped knowledge base evaluated on the tuning and reporting questions, once per fixture.</summary>
    public KnowledgeEvaluation Evaluation => evaluation.Value;

    public void Dispose() => Index.Dispose();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dasan.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Dasan.slnx not found above " + AppContext.BaseDirectory);
    }
}
