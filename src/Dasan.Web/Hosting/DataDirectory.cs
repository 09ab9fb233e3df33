namespace Dasan.Web.Hosting;

/// <summary>Finds the installation's data directory: <c>--data DIR</c>, <c>Dasan:DataDirectory</c>, <c>DASAN_DATA</c>, or <c>./dasan-data</c>.</summary>
public static class DataDirectory
{
    public static string Resolve(string? fromArgument, IConfiguration configuration)
    {
        var dir = fromArgument
            ?? configuration["Dasan:DataDirectory"]
            ?? Environment.GetEnvironmentVariable("DASAN_DATA")
            ?? Path.Combine(Directory.GetCurrentDirectory(), "dasan-data");
        var full = Path.GetFullPath(dir);
        Directory.CreateDirectory(full);
        return full;
    }
}
