namespace Dasan.Web.Tests.Browser;

/// <summary>Browser tests run alone: on a busy 2-core machine, parallel server start-ups would starve Chromium.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "browser";
}
