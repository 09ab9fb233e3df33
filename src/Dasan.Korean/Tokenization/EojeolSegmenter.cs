namespace Dasan.Korean.Tokenization;

/// <summary>A run of one script class inside an eojeol.</summary>
internal readonly record struct Segment(CharClass Class, int Start, int Length);

/// <summary>Reads one eojeol (a run of non-separator characters) as script segments.</summary>
internal static class EojeolSegmenter
{
    /// <summary>Reads the eojeol starting at <paramref name="start"/>; returns the index after it.</summary>
    public static int Read(string text, int start, List<Segment> segments)
    {
        var i = start;
        var current = CharClassifier.Classify(text, i);
        var segmentStart = i;
        while (i < text.Length)
        {
            var cls = CharClassifier.Classify(text, i);
            if (cls == CharClass.Separator)
            {
                break;
            }

            if (cls != current)
            {
                segments.Add(new Segment(current, segmentStart, i - segmentStart));
                current = cls;
                segmentStart = i;
            }

            i++;
        }

        segments.Add(new Segment(current, segmentStart, i - segmentStart));
        return i;
    }
}
