using System.Security;

namespace Dasan.Web.Tests.Radar;

/// <summary>Small RSS 2.0 and Atom documents for the feed tests.</summary>
internal static class FeedXml
{
    public static string Rss(params (string Guid, string Title, string Date)[] items) =>
        Rss(items.Select(i => (i.Guid, i.Title, i.Date, "본문 " + i.Title)).ToArray());

    public static string Rss(params (string Guid, string Title, string Date, string Body)[] items) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>테스트</title>" +
        string.Concat(items.Select(i => $"<item><guid>{E(i.Guid)}</guid><title>{E(i.Title)}</title><description>{E(i.Body)}</description>" +
            $"<link>https://news.example/{E(i.Guid)}</link><pubDate>{E(i.Date)}</pubDate></item>")) +
        "</channel></rss>";

    public static string Atom(params (string Id, string Title, string Updated)[] entries) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>보도자료</title>" +
        string.Concat(entries.Select(e => $"<entry><id>{E(e.Id)}</id><title>{E(e.Title)}</title><updated>{E(e.Updated)}</updated>" +
            $"<link href=\"https://press.example/{E(e.Id)}\"/><summary>{E(e.Title)} 요약</summary></entry>")) +
        "</feed>";

    private static string E(string s) => SecurityElement.Escape(s);
}
