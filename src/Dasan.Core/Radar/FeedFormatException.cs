namespace Dasan.Core.Radar;

/// <summary>The document is not an RSS 2.0 or Atom feed (HTML, malformed XML, another format).</summary>
public sealed class FeedFormatException(string message, Exception? inner = null) : Exception(message, inner);
