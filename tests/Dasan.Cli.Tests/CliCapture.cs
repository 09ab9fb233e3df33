using Dasan.Cli.Commands;

namespace Dasan.Cli.Tests;

/// <summary>Runs a <c>dasan</c> command in this process and returns its exit code and standard output (tests in the "console" collection).</summary>
public static class CliCapture
{
    public static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var original = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            return (await DasanCommandLine.Build().Parse(args).InvokeAsync(), output.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }
}
