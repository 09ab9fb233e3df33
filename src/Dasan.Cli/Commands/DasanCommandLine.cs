using System.CommandLine;

namespace Dasan.Cli.Commands;

/// <summary>The <c>dasan</c> command tree. Exit codes: 0 success, 1 user error, 2 system error.</summary>
public static class DasanCommandLine
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "Data directory of the installation (default: ./dasan-data, or DASAN_DATA)",
        Recursive = true,
    };

    public static RootCommand Build()
    {
        var root = new RootCommand("Dasan — AI for every desk of city hall");
        root.Options.Add(Data);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(JobsCommand.Create());
        root.Subcommands.Add(DashboardCommands.Create());
        root.Subcommands.Add(AccountCommands.CreateUser());
        root.Subcommands.Add(AccountCommands.CreateApiKey());
        root.Subcommands.Add(TextCommands.Create());
        root.Subcommands.Add(TriageCommand.Create());
        root.Subcommands.Add(ModelCommands.Create());
        root.Subcommands.Add(KnowledgeCommands.CreateAsk());
        root.Subcommands.Add(KnowledgeCommands.CreateKb());
        root.Subcommands.Add(KnowledgeCommands.CreateIndex());
        root.Subcommands.Add(ProgrammeCommands.Create());
        root.Subcommands.Add(ChallengeCommands.Create());
        root.Subcommands.Add(RadarCommands.Create());
        root.Subcommands.Add(TrainingCommands.Create());
        return root;
    }
}
