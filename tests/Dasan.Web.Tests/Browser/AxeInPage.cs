using System.Text.Json;
using Microsoft.Playwright;

namespace Dasan.Web.Tests.Browser;

/// <summary>
/// Runs axe-core (the copy inside Deque.AxeCore.Commons, every rule at its defaults) in the page itself and returns
/// its violations. The package's own <c>RunAxe</c> opens a second page to merge per-frame results, injecting axe
/// twice: 1.6–3.5 s per check against 0.3–1.5 s here (ADR 0327). Dasan's pages have no frames, so one in-page run
/// sees everything the package's run sees.
/// </summary>
public static class AxeInPage
{
    private const string Resource = "Deque.AxeCore.Commons.Resources.axe.min.js";

    private const string Run = """
        async () => {
          const r = await window.axe.run(document, { resultTypes: ['violations'] });
          return JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.html) })));
        }
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(Deque.AxeCore.Commons.AxeResult).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"axe-core is not embedded in Deque.AxeCore.Commons as {Resource}; has the package changed?");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The page's violations of every axe rule, with the HTML of the nodes that break them.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> ViolationsAsync(IPage page)
    {
        if (await page.Locator("iframe, frame").CountAsync() > 0)
        {
            throw new InvalidOperationException("The page has frames: check it with Deque.AxeCore.Playwright's RunAxe, which enters them.");
        }

        if (!await page.EvaluateAsync<bool>("() => typeof window.axe?.run === 'function'"))
        {
            await page.EvaluateAsync(Source.Value); // evaluated, not a script tag: the pages' CSP forbids inline scripts
        }

        var json = await page.EvaluateAsync<string>(Run);
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, Json) ?? [];
    }
}
