using System.CommandLine;
using Dasan.Ai.Learning;
using Dasan.Ai.Learning.Registry;
using Dasan.Core.Access;
using Dasan.Core.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Cli.Commands;

/// <summary><c>dasan model train|evaluate|predict|promote|rollback|list|retrain</c>: the learning engine and its registry.</summary>
public static class ModelCommands
{
    public static readonly Actor CliActor = new(ActorKind.Human, "cli:" + Environment.UserName, StaffRole.Admin);

    public static Command Create()
    {
        var model = new Command("model", "Train, evaluate, version and promote text classifiers");
        model.Subcommands.Add(ModelTrainCommand.Create());
        model.Subcommands.Add(ModelTrainCommand.CreateRetrain());
        model.Subcommands.Add(ModelEvaluateCommand.Create());
        model.Subcommands.Add(ModelPredictCommand.Create());
        model.Subcommands.Add(CreatePromote());
        model.Subcommands.Add(CreateRollback());
        model.Subcommands.Add(CreateList());
        return model;
    }

    private static Command CreatePromote()
    {
        var reference = new Argument<string>("model") { Description = "NAME@VERSION to make active" };
        var command = new Command("promote", "Make a version the active one used by the platform");
        command.Arguments.Add(reference);
        command.SetAction((r, ct) => CliHost.RunAsync(() => WithRegistryAsync(r.GetValue(DasanCommandLine.Data), async registry =>
        {
            var (name, version) = ModelName.Parse(r.GetValue(reference)!);
            var promoted = await registry.PromoteAsync(CliActor, name, version ?? throw new CliUserException("promote needs NAME@VERSION"), ct);
            Console.WriteLine($"{promoted.Key} is now active");
        }, ct)));
        return command;
    }

    private static Command CreateRollback()
    {
        var name = new Argument<string>("name");
        var command = new Command("rollback", "Make the previously active version active again");
        command.Arguments.Add(name);
        command.SetAction((r, ct) => CliHost.RunAsync(() => WithRegistryAsync(r.GetValue(DasanCommandLine.Data), async registry =>
        {
            var active = await registry.RollbackAsync(CliActor, r.GetValue(name)!, ct);
            Console.WriteLine($"rolled back: {active.Key} is active again");
        }, ct)));
        return command;
    }

    private static Command CreateList()
    {
        var name = new Argument<string?>("name") { Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("list", "List model versions");
        command.Arguments.Add(name);
        command.SetAction((r, ct) => CliHost.RunAsync(() => WithRegistryAsync(r.GetValue(DasanCommandLine.Data), async registry =>
        {
            foreach (var m in await registry.ListAsync(r.GetValue(name), ct))
            {
                Console.WriteLine($"{m.Key,-24} {m.Status,-9} trained {m.TrainedAt:yyyy-MM-dd HH:mm} by {m.TrainedBy}" +
                    (m.PromotedAt is { } p ? $", promoted {p:yyyy-MM-dd HH:mm} by {m.PromotedBy}" : ""));
            }
        }, ct)));
        return command;
    }

    internal static async Task<int> WithRegistryAsync(string? data, Func<ModelRegistry, Task> body, CancellationToken ct)
    {
        await using var services = await CliHost.OpenAsync(data, ct);
        await using var scope = services.CreateAsyncScope();
        try
        {
            await body(scope.ServiceProvider.GetRequiredService<ModelRegistry>());
        }
        catch (Exception e) when (e is ModelNotFoundException or LabeledDataException)
        {
            throw new CliUserException(e.Message);
        }

        return 0;
    }
}
