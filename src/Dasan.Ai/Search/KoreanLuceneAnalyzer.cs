using Dasan.Korean.Normalization;
using Dasan.Korean.Tokenization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using KoreanToken = Dasan.Korean.Tokenization.Token;

namespace Dasan.Ai.Search;

/// <summary>
/// Lucene.NET 4.8 analyzer for Korean citizen text: normalises (NFC, width, whitespace, repeats),
/// then emits the stems, numbers, Latin words and compound-noun parts of <see cref="KoreanTokenizer"/>,
/// plus syllable bigrams when enabled, so that 불법주정차 and 불법 주정차 share terms.
/// Offsets point into the field text (corrected through any char filters).
/// </summary>
public sealed class KoreanLuceneAnalyzer : Analyzer
{
    private readonly KoreanTokenizerOptions _options;

    /// <summary>Creates the analyzer; bigrams are on by default for recall.</summary>
    public KoreanLuceneAnalyzer(KoreanTokenizerOptions? options = null) => _options = options ?? KoreanTokenizerOptions.Default;

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new KoreanTokenStream(reader, _options));

    /// <summary>Runs the Korean tokenizer over the whole field and replays its tokens.</summary>
    private sealed class KoreanTokenStream : Tokenizer
    {
        private static readonly TextNormalizer Normalizer = new(new TextNormalizerOptions { ExtractHtml = false });

        private readonly KoreanTokenizer _tokenizer;
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly ITypeAttribute _type;
        private readonly List<KoreanToken> _tokens = [];
        private NormalizedText? _text;
        private int _next;

        public KoreanTokenStream(TextReader reader, KoreanTokenizerOptions options)
            : base(reader)
        {
            _tokenizer = new KoreanTokenizer(options);
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _type = AddAttribute<ITypeAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_text is null || _next >= _tokens.Count)
            {
                return false;
            }

            ClearAttributes();
            var token = _tokens[_next++];
            var (start, length) = _text.ToSourceSpan(token.Start, token.End - token.Start);
            _term.SetEmpty().Append(token.Term);
            _offset.SetOffset(CorrectOffset(start), CorrectOffset(start + length));
            _type.Type = token.Kind.ToString();
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _text = Normalizer.Normalize(m_input.ReadToEnd());
            _tokens.Clear();
            _tokenizer.Tokenize(_text.Text, _tokens);
            _next = 0;
        }

        public override void End()
        {
            base.End();
            var final = CorrectOffset(_text?.Source.Length ?? 0);
            _offset.SetOffset(final, final);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _text = null;
                _tokens.Clear();
            }

            base.Dispose(disposing);
        }
    }
}
