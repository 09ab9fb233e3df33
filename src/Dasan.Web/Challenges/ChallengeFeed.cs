using System.Globalization;
using System.Xml.Linq;
using Dasan.Core.Challenges;

namespace Dasan.Web.Challenges;

/// <summary>The Atom feed of published challenges, newest first, for start-ups and partner sites to follow.</summary>
public static class ChallengeFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string Render(IReadOnlyList<Challenge> challenges, string baseUrl, DateTime now)
    {
        var updated = challenges.Select(c => c.PublishedAt ?? c.UpdatedAt).DefaultIfEmpty(now).Max();
        var feed = new XElement(Atom + "feed", new XAttribute(XNamespace.Xml + "lang", "ko"),
            new XElement(Atom + "title", "서울특별시 AI 실증 과제 공모"),
            new XElement(Atom + "id", baseUrl + "/challenges"),
            new XElement(Atom + "link", new XAttribute("href", baseUrl + "/challenges/feed.xml"), new XAttribute("rel", "self")),
            new XElement(Atom + "link", new XAttribute("href", baseUrl + "/challenges")),
            new XElement(Atom + "updated", Stamp(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", "서울특별시")),
            challenges.Select(c => new XElement(Atom + "entry",
                new XElement(Atom + "title", $"[{c.Bureau}] {c.Title}"),
                new XElement(Atom + "id", $"{baseUrl}/challenges/{c.Code}"),
                new XElement(Atom + "link", new XAttribute("href", $"{baseUrl}/challenges/{c.Code}")),
                new XElement(Atom + "updated", Stamp(c.PublishedAt ?? c.UpdatedAt)),
                new XElement(Atom + "summary", $"접수 {c.OpensOn:yyyy-MM-dd}~{c.ClosesOn:yyyy-MM-dd}, 예산 {BudgetBands.Korean(c.BudgetBand)}. {c.Problem}"))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed;
    }

    private static string Stamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
