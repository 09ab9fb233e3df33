using Dasan.Core.Requests;

namespace Dasan.Core.Programme.Training;

/// <summary>Every question answered once with a valid choice, and nothing else; errors name the question.</summary>
public static class QuizAnswerValidator
{
    /// <summary>Checks the answers to the questions of one attempt (<paramref name="questions"/>, in the order shown).</summary>
    public static void Validate(string moduleCode, IReadOnlyList<QuizQuestion> questions, IReadOnlyDictionary<string, int> answers)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (q, i) in questions.Select((q, i) => (q, i)))
        {
            if (!answers.TryGetValue(q.Id, out var a))
            {
                errors[$"answers.{q.Id}"] = [$"{i + 1}번 문항에 답을 고르세요. (Question {i + 1} is not answered.)"];
            }
            else if (a < 0 || a >= q.Choices.Count)
            {
                errors[$"answers.{q.Id}"] = [$"{i + 1}번 문항의 선택지 {a}은(는) 없습니다. (Choice out of range.)"];
            }
        }

        foreach (var unknown in answers.Keys.Where(k => questions.All(q => q.Id != k)).Take(5))
        {
            errors[$"answers.{unknown}"] = [$"이 퀴즈에 없는 문항입니다. (Not a question of this attempt of {moduleCode}.)"];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }
}
