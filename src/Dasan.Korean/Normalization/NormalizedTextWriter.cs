namespace Dasan.Korean.Normalization;

/// <summary>
/// Output buffer of <see cref="TextNormalizer"/>: filters invisible characters, collapses
/// whitespace, caps repeats and records the source span of every written character.
/// </summary>
internal sealed class NormalizedTextWriter
{
    private readonly int _maxRepeat;
    private char[] _chars;
    private int[] _starts;
    private int[] _ends;
    private int _length;
    private int _pendingNewlines;
    private bool _pendingSpace;
    private int _pendingStart;
    private int _pendingEnd;
    private int _repeat;
    private bool _afterCarriageReturn;

    public NormalizedTextWriter(int capacity, int maxRepeat)
    {
        _maxRepeat = Math.Max(1, maxRepeat);
        capacity = Math.Max(16, capacity);
        _chars = new char[capacity];
        _starts = new int[capacity];
        _ends = new int[capacity];
    }

    public void WritePair(char high, char low, int start)
    {
        FlushWhitespace();
        _repeat = 0;
        Append(high, start, start + 2);
        Append(low, start, start + 2);
    }

    public void Write(char c, int start, int end)
    {
        var afterCarriageReturn = _afterCarriageReturn;
        _afterCarriageReturn = c == '\r';
        if (c == '\n' && afterCarriageReturn)
        {
            _pendingEnd = _length == 0 ? _pendingEnd : end;
            return;
        }

        if (c is '\n' or '\r' or '\u2028' or '\u2029' or '\v' or '\f')
        {
            RememberWhitespace(start, end, newline: true);
            return;
        }

        if (c is ' ' or '\t' or '\u00A0' or '\u3000' || (c >= '\u2000' && c <= '\u200A') || c is '\u202F' or '\u205F' or '\u1680')
        {
            RememberWhitespace(start, end, newline: false);
            return;
        }

        if (IsInvisible(c))
        {
            return;
        }

        FlushWhitespace();
        if (_length > 0 && _chars[_length - 1] == c && IsCapped(c))
        {
            if (++_repeat >= _maxRepeat)
            {
                _ends[_length - 1] = end;
                return;
            }
        }
        else
        {
            _repeat = 0;
        }

        Append(c, start, end);
    }

    public NormalizedText ToNormalizedText(string source) =>
        new(source, new string(_chars, 0, _length), _starts[.._length], _ends[.._length]);

    private static bool IsInvisible(char c) =>
        (c < 0x20) || (c >= 0x7F && c <= 0x9F) || c is '\u00AD' or '\u180E' or '\uFEFF' or '\uFFFE' or '\uFFFF' ||
        (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u206F') ||
        char.IsSurrogate(c);

    private static bool IsCapped(char c) => !char.IsAsciiLetterOrDigit(c) && !char.IsDigit(c);

    private void RememberWhitespace(int start, int end, bool newline)
    {
        if (_length == 0)
        {
            return;
        }

        if (!_pendingSpace && _pendingNewlines == 0)
        {
            _pendingStart = start;
        }

        _pendingEnd = end;
        if (newline)
        {
            _pendingNewlines++;
        }
        else
        {
            _pendingSpace = true;
        }
    }

    private void FlushWhitespace()
    {
        if (_pendingNewlines > 0)
        {
            for (var n = Math.Min(2, _pendingNewlines); n > 0; n--)
            {
                Append('\n', _pendingStart, _pendingEnd);
            }
        }
        else if (_pendingSpace)
        {
            Append(' ', _pendingStart, _pendingEnd);
        }

        _pendingNewlines = 0;
        _pendingSpace = false;
    }

    private void Append(char c, int start, int end)
    {
        if (_length == _chars.Length)
        {
            var size = _chars.Length * 2;
            Array.Resize(ref _chars, size);
            Array.Resize(ref _starts, size);
            Array.Resize(ref _ends, size);
        }

        _chars[_length] = c;
        _starts[_length] = start;
        _ends[_length] = end;
        _length++;
    }
}
