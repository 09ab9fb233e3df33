using System.Text.Json.Nodes;
using Dasan.Core.Data;
using Dasan.Core.Programme.Portfolio;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Programme;

/// <summary>
/// Export and import of the portfolio (ADR 0205). An import checks every line first and saves only when all are good:
/// a bad line is reported by number and field, and nothing is half-imported. Existing codes are updated, new ones created.
/// </summary>
public sealed class PortfolioTransfer(DasanDbContext db, PortfolioService portfolio)
{
    public IReadOnlyList<string> Columns => [.. portfolio.Rules.Fields, PortfolioFile.StatusColumn];

    public async Task<byte[]> ExportAsync(PortfolioAccess access, bool excel, CancellationToken ct)
    {
        var cases = await access.Visible(db.UseCases.AsNoTracking()).OrderBy(u => u.Code).ToListAsync(ct);
        var rows = cases.Select(u =>
        {
            var doc = UseCaseDocument.Parse(u);
            return (IReadOnlyList<string>)[.. portfolio.Rules.Fields.Select(f => PortfolioFile.Cell(doc[f])), u.Status.ToString()];
        }).ToList();
        return excel ? PortfolioFile.WriteXlsx(Columns, rows) : PortfolioFile.WriteCsv(Columns, rows);
    }

    public async Task<ImportResult> ImportAsync(PortfolioAccess access, Stream file, bool excel, CancellationToken ct)
    {
        var rows = PortfolioFile.Read(file, excel, portfolio.Rules.Fields);
        var errors = new Dictionary<string, string[]>();
        var validator = await portfolio.ValidatorAsync(ct);
        var existing = await db.UseCases.ToDictionaryAsync(u => u.Code, ct);
        var seen = new HashSet<string>();
        foreach (var row in rows)
        {
            try
            {
                if (row.Document is not { } doc)
                {
                    throw RequestValidationException.For(row.Field ?? "line", row.Error!);
                }

                Check(access, validator, doc.DeepClone().AsObject(), existing, seen);
            }
            catch (RequestValidationException e)
            {
                foreach (var (field, messages) in e.Errors)
                {
                    errors[$"행 {row.Line} (line {row.Line}): {field}"] = messages;
                }
            }
            catch (Core.Access.AccessDeniedException e)
            {
                errors[$"행 {row.Line} (line {row.Line}): bureau"] = [e.Message];
            }
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        var (created, updated) = (0, 0);
        foreach (var doc in rows.Select(r => r.Document!))
        {
            if (UseCaseValidator.Str(doc, "code") is { } code && existing.TryGetValue(code, out var u))
            {
                await portfolio.UpdateAsync(access, u, doc, ct);
                updated++;
            }
            else
            {
                await portfolio.CreateAsync(access, doc, ct);
                created++;
            }
        }

        return new ImportResult(created, updated);
    }

    private void Check(PortfolioAccess access, UseCaseValidator validator, JsonObject doc, Dictionary<string, UseCase> existing, HashSet<string> seen)
    {
        if (UseCaseValidator.Str(doc, "code") is { } code)
        {
            if (!seen.Add(code))
            {
                throw RequestValidationException.For("code", $"파일 안에 코드 {code}이(가) 두 번 있습니다. (Code {code} appears twice in the file.)");
            }

            if (existing.TryGetValue(code, out var u))
            {
                access.DemandEdit(u.Bureau);
                if (UseCaseValidator.Str(doc, "stage") is { } stage && stage != u.Stage)
                {
                    StageMachine.Demand(portfolio.Rules, u.Stage, stage);
                }
            }
        }

        access.DemandEdit(UseCaseValidator.Str(doc, "bureau") ?? access.Bureau ?? "");
        validator.Validate(doc);
    }
}
