namespace Dasan.Ai.Knowledge;

/// <summary>A question of the knowledge evaluation set (content/kb-eval/questions.jsonl).</summary>
/// <param name="Id">Stable id, e.g. q001.</param>
/// <param name="Question">The citizen's question.</param>
/// <param name="Answerable">True when the knowledge base answers it.</param>
/// <param name="Documents">Document ids (file names) that answer it; empty when unanswerable.</param>
/// <param name="Lang">Question language.</param>
public sealed record EvalQuestion(string Id, string Question, bool Answerable, IReadOnlyList<string> Documents, string Lang);
