namespace Dasan.Web;

/// <summary>Marker for the page texts: keys are the Korean text, <c>Resources/SharedResource.en.resx</c> holds English.</summary>
public sealed class SharedResource;
