using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dasan.Core.Access;
using Dasan.Core.Data;
using Dasan.Core.Programme;
using Dasan.Core.Programme.Training;
using Dasan.Core.Requests;
using Dasan.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Cli.Commands;

/// <summary><c>dasan training</c>: imports, enrolment and the status of the staff AI curriculum.</summary>
public static class TrainingCommands
{
    private static readonly Actor CliActor = new(ActorKind.System, "cli", StaffRole.Admin);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var training = new Command("training", "Staff AI curriculum: roster and completion imports, enrolment, status");
        training.Subcommands.Add(TrainingImportCommand.Create("import-roster", "Import a staff roster CSV (employee_no, name, department, grade, job_role, operates_tier, login, active)", false));
        training.Subcommands.Add(TrainingImportCommand.Create("import-completions", "Import completion records from other training systems (employee_no, module, completed_at, score, system)", true));
        training.Subcommands.Add(Status());
        training.Subcommands.Add(Enrol());
        return training;
    }

    private static Command Status()
    {
        var department = new Option<string?>("--department") { Description = "Department name or code; without it, figures per bureau" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("status", "Training progress per bureau, or of one department");
        command.Options.Add(department);
        command.Options.Add(json);
        command.SetAction((r, ct) => CliHost.RunAsync(async () =>
        {
            await using var services = await CliHost.OpenAsync(r.GetValue(DasanCommandLine.Data), ct);
            await using var scope = services.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            if (r.GetValue(department) is { } name)
            {
                var progress = await sp.GetRequiredService<TrainingProgressQueries>().DepartmentAsync(CliActor, await DepartmentIdAsync(sp, name, ct), ct);
                Console.WriteLine(r.GetValue(json) ? JsonSerializer.Serialize(progress with { Members = [] }, Json)
                    : $"{progress.Bureau} {progress.Department}: {progress.Staff} staff\n" + string.Join('\n', progress.Levels.Select(l =>
                        $"  {l.Level,-5} {l.Certified,5}/{l.Enrolled,-5} {l.Share * 100,6:0.0}%")) + $"\n  operators compliant {progress.OperatorsCompliant}/{progress.OperatorsRequired}");
                return 0;
            }

            var figures = await sp.GetRequiredService<IStaffTrainingSummary>().SummariseAsync(now, ct);
            Console.WriteLine(r.GetValue(json) ? JsonSerializer.Serialize(new { asOf = now, bureaus = figures }, Json)
                : string.Join('\n', figures.Select(f => string.Create(CultureInfo.InvariantCulture,
                    $"{f.Bureau,-16} staff {f.Staff,5}  L0 {f.L0CompletedShare * 100,5:0.0}%  operators {f.OperatorsCompliant}/{f.OperatorsRequired}"))));
            return 0;
        }));
        return command;
    }

    private static Command Enrol()
    {
        var level = new Option<string>("--level") { Description = "Level code: L0, L1, L2-1, L2-2, L3", Required = true };
        var department = new Option<string?>("--department") { Description = "Department name or code (default: every department)" };
        var role = new Option<string?>("--role") { Description = "Job role on the roster, e.g. 민원 (default: every role)" };
        var command = new Command("enrol", "Enrol active roster staff in a level, by department and/or job role");
        command.Options.Add(level);
        command.Options.Add(department);
        command.Options.Add(role);
        command.SetAction((r, ct) => CliHost.RunAsync(async () =>
        {
            await using var services = await CliHost.OpenAsync(r.GetValue(DasanCommandLine.Data), ct);
            await using var scope = services.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            long? deptId = r.GetValue(department) is { } d ? await DepartmentIdAsync(sp, d, ct) : null;
            try
            {
                var o = await sp.GetRequiredService<EnrolmentService>().EnrolAsync(CliActor, r.GetValue(level)!, deptId, r.GetValue(role), ct);
                Console.WriteLine($"{o.Level}: matched {o.Matched}, newly enrolled {o.Added}");
                return 0;
            }
            catch (RequestValidationException e)
            {
                throw new CliUserException(e.Message);
            }
        }));
        return command;
    }

    private static async Task<long> DepartmentIdAsync(IServiceProvider sp, string name, CancellationToken ct) =>
        await sp.GetRequiredService<DasanDbContext>().Departments.Where(d => d.Name == name || d.Code == name).Select(d => (long?)d.Id).FirstOrDefaultAsync(ct)
        ?? throw new CliUserException($"department '{name}' is not in the catalog (use its Korean name or code).");
}
