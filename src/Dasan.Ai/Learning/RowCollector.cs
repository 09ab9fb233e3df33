namespace Dasan.Ai.Learning;

/// <summary>Collects rows and skipped lines while a reader runs, then builds the summary.</summary>
internal sealed class RowCollector(string source)
{
    private readonly List<LabeledText> _rows = [];
    private readonly List<SkippedRow> _skipped = [];

    public void Add(int line, string? text, string? label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Skip(line, "the text is empty");
        }
        else if (string.IsNullOrWhiteSpace(label))
        {
            Skip(line, "the label is empty");
        }
        else
        {
            _rows.Add(new LabeledText(text, label.Trim()));
        }
    }

    public void Skip(int line, string reason) => _skipped.Add(new SkippedRow(line, reason));

    public LabeledDataSet Build()
    {
        if (_rows.Count == 0)
        {
            var why = _skipped.Count == 0 ? "it has no data rows" : $"all {_skipped.Count} rows were skipped (first: line {_skipped[0].Line}, {_skipped[0].Reason})";
            throw new LabeledDataException($"{source}: no usable rows: {why}.");
        }

        var counts = _rows.GroupBy(r => r.Label, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var warnings = counts.Where(p => p.Value == 1)
            .Select(p => $"label '{p.Key}' has only one example; the model can hardly learn it and it cannot be held out for calibration")
            .ToList();
        if (_skipped.Count > 0)
        {
            warnings.Add($"{_skipped.Count} rows were skipped");
        }

        return new LabeledDataSet(_rows, new DataSummary(_rows.Count, counts, _skipped, warnings));
    }
}
