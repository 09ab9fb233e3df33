using System.Xml;
using System.Xml.Linq;

namespace Dasan.Core.Radar;

/// <summary>
/// Reads RSS 2.0 and Atom. No DTDs or external entities are resolved. Broken dates fall back to the time of
/// fetching and duplicate ids are dropped, each with a warning; an entry with neither title nor summary is
/// reported and skipped. Anything that is not a feed throws <see cref="FeedFormatException"/>.
/// </summary>
public static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    public static FeedDocument Parse(string xml, DateTime fetchedAt, TimeSpan cityOffset)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var root = Load(xml).Root ?? throw new FeedFormatException("The document is empty.");
        var warnings = new List<string>();
        IEnumerable<RawEntry> raw = root.Name.LocalName switch
        {
            "rss" => (root.Element("channel") ?? throw new FeedFormatException("The RSS document has no <channel>.")).Elements("item").Select(Rss),
            "feed" when root.Name.Namespace == Atom => root.Elements(Atom + "entry").Select(AtomEntry),
            "RDF" => root.Elements().Where(e => e.Name.LocalName == "item").Select(Rss),
            _ => throw new FeedFormatException($"The document is <{root.Name.LocalName}>, not an RSS 2.0 <rss> or Atom <feed>; is the URL a web page rather than its feed?"),
        };
        var entries = new List<FeedEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;
        foreach (var r in raw)
        {
            position++;
            var title = Clean(r.Title);
            var summary = Clean(r.Summary);
            if (title.Length == 0 && summary.Length == 0)
            {
                warnings.Add($"entry {position}: no title and no summary; skipped.");
                continue;
            }

            var id = Clean(r.Id) is { Length: > 0 } given ? given : Clean(r.Link) is { Length: > 0 } link ? link : $"{title}|{r.Date}";
            if (!seen.Add(id))
            {
                warnings.Add($"entry {position}: duplicate id '{Shorten(id)}'; the first one is kept.");
                continue;
            }

            var published = FeedDates.TryParse(r.Date, cityOffset, out var at) ? at : fetchedAt;
            if (!string.IsNullOrWhiteSpace(r.Date) && published == fetchedAt)
            {
                warnings.Add($"entry {position}: date '{Shorten(r.Date!)}' is not a date; the time it was fetched is used.");
            }

            entries.Add(new FeedEntry(id, title.Length > 0 ? title : Shorten(summary), summary.Length > 0 ? summary : null, Clean(r.Link) is { Length: > 0 } l ? l : null, published));
        }

        return new FeedDocument(entries, warnings);
    }

    private static XDocument Load(string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersFromEntities = 1024 };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            var start = xml.TrimStart();
            var hint = start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
                ? "The server returned an HTML page, not a feed" : "The feed is not well-formed XML";
            throw new FeedFormatException($"{hint} (line {e.LineNumber}, position {e.LinePosition}: {e.Message})", e);
        }
    }

    private static RawEntry Rss(XElement item) => new(
        Value(item, "guid"), Value(item, "title"), (string?)item.Element(Content + "encoded") ?? Value(item, "description"), Value(item, "link"),
        Value(item, "pubDate") ?? (string?)item.Element(DublinCore + "date"));

    private static RawEntry AtomEntry(XElement entry) => new(
        (string?)entry.Element(Atom + "id"), (string?)entry.Element(Atom + "title"),
        (string?)entry.Element(Atom + "summary") ?? (string?)entry.Element(Atom + "content"),
        entry.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value,
        (string?)entry.Element(Atom + "published") ?? (string?)entry.Element(Atom + "updated"));

    private static string? Value(XElement e, string name) => (string?)e.Elements().FirstOrDefault(x => x.Name.LocalName == name);

    private static string Clean(string? s) => s?.Trim() ?? "";

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..80] + "…";

    private sealed record RawEntry(string? Id, string? Title, string? Summary, string? Link, string? Date);
}
