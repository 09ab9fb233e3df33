namespace Dasan.Core.Requests;

/// <summary>How a request reached the city.</summary>
public enum RequestChannel
{
    Web,
    Api,
    Open311,
    Import,
}
