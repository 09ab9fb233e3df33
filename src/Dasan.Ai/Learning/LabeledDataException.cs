namespace Dasan.Ai.Learning;

/// <summary>Labelled data that cannot be read or cannot make a useful model; the message says
/// what is wrong and where, and is meant to be shown to the user as is.</summary>
public sealed class LabeledDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LabeledDataException()
    {
    }

    /// <summary>Creates the exception with a message for the user.</summary>
    public LabeledDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for the user and its cause.</summary>
    public LabeledDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
