namespace Dasan.Cli.Commands;

/// <summary>A mistake in what the user asked for (exit code 1), with a message saying how to fix it.</summary>
public sealed class CliUserException(string message) : Exception(message);
