namespace Dasan.Korean.PersonalData;

/// <summary>
/// Finds numeric personal data (registration, phone, card, licence, account numbers, IPv4) by
/// scanning digit clusters and classifying the longest run of groups that fits a known shape.
/// Dates, amounts, bus and law-article numbers fit none of the shapes and pass untouched.
/// </summary>
internal sealed class NumberRecognizer : IPersonalDataRecognizer
{
    public void Find(string text, List<PersonalDataFinding> findings)
    {
        var cluster = new DigitCluster();
        var slice = new ClusterSlice();
        var position = 0;
        while (DigitClusterScanner.Next(text, ref position, cluster))
        {
            var count = cluster.Groups.Count;
            var first = 0;
            while (first < count)
            {
                var matched = false;
                if (first == 0 || cluster.SpacedSeparators[first - 1])
                {
                    for (var last = count - 1; last >= first && !matched; last--)
                    {
                        if (last < count - 1 && !cluster.SpacedSeparators[last])
                        {
                            continue;
                        }

                        slice.Set(text, cluster, first, last - first + 1);
                        if (NumberRules.Classify(slice) is { } match)
                        {
                            var end = slice.End;
                            findings.Add(new PersonalDataFinding(match.Type, match.Start, end - match.Start, match.Confidence, text[match.Start..end]));
                            first = last + 1;
                            matched = true;
                        }
                    }
                }

                first += matched ? 0 : 1;
            }
        }
    }
}
