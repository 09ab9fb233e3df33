using System.Net;
using System.Net.Sockets;

namespace Dasan.Korean.PersonalData;

/// <summary>Finds IPv6 addresses: hex groups with colons that <see cref="IPAddress"/> accepts.</summary>
internal sealed class IpV6Recognizer : IPersonalDataRecognizer
{
    public void Find(string text, List<PersonalDataFinding> findings)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        while (colon >= 0)
        {
            var start = colon;
            while (start > 0 && IsPart(text[start - 1]))
            {
                start--;
            }

            var end = colon;
            var colons = 0;
            while (end < text.Length && IsPart(text[end]))
            {
                colons += text[end] == ':' ? 1 : 0;
                end++;
            }

            var candidate = text.AsSpan(start, end - start);
            var isolated = (start == 0 || !char.IsAsciiLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsAsciiLetterOrDigit(text[end]));
            if (isolated && colons >= 2 && (colons >= 7 || candidate.Contains("::", StringComparison.Ordinal)) && candidate.Length >= 6
                && IPAddress.TryParse(candidate, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6)
            {
                findings.Add(new PersonalDataFinding(PersonalDataType.IpAddress, start, end - start, 0.85, candidate.ToString()));
            }

            colon = text.IndexOf(':', Math.Max(colon + 1, end));
        }
    }

    private static bool IsPart(char c) => char.IsAsciiHexDigit(c) || c == ':' || c == '.';
}
