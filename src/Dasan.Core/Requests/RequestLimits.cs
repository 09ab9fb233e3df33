namespace Dasan.Core.Requests;

/// <summary>Field size limits, enforced on every channel with errors naming the field.</summary>
public static class RequestLimits
{
    public const int TitleMax = 200;
    public const int BodyMax = 50_000;
    public const int ContactMax = 200;
    public const int AddressMax = 500;
    public const int ReasonMax = 2000;
}
