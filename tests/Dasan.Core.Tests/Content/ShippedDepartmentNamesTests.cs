using System.Text.Json;
using System.Text.RegularExpressions;
using Dasan.Core.Content;
using Dasan.Core.Departments;
using Dasan.Core.Seed;

namespace Dasan.Core.Tests.Content;

/// <summary>
/// Issue 14: every Seoul city department the product names — a knowledge document's contact unit (refusals name it),
/// a unit named in a guide's text, a demo account's department, a use case's bureau — exists in the shipped catalog.
/// </summary>
public sealed partial class ShippedDepartmentNamesTests
{
    /// <summary>City facilities that guides name as places to go or call; they are not departments.</summary>
    private static readonly HashSet<string> Facilities =
        ["전자상거래센터", "노동권익센터", "학교밖청소년지원센터", "일자리센터"];

    private static readonly CatalogDocument Catalog = CatalogReader.Shipped();
    private static readonly HashSet<string> Units = Catalog.Units.Select(u => u.Name).ToHashSet();
    private static readonly HashSet<string> Names = Units.Concat(Catalog.Bureaus.Select(b => b.Name)).ToHashSet();

    public static TheoryData<string> KnowledgeDocuments() => [.. ShippedContent.List("kb/").Where(p => p.EndsWith(".md", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(KnowledgeDocuments))]
    public void KnowledgeDocument_WhenShipped_NamesOnlyCatalogDepartments(string path)
    {
        var text = ShippedContent.ReadText(path);
        var department = FrontMatterDepartment().Match(text).Groups[1].Value.Trim();
        Assert.True(Units.Contains(department), $"{path}: department '{department}' is not a catalog unit");
        foreach (Match mention in CityUnitMention().Matches(text))
        {
            var name = mention.Groups[1].Value;
            Assert.True(Names.Contains(name) || Facilities.Contains(name), $"{path}: '{mention.Value}' names no catalog unit or bureau");
        }
    }

    [Fact]
    public void DemoAccounts_WhenSeeded_BelongToCatalogDepartments()
    {
        using var json = JsonDocument.Parse(ShippedContent.ReadText("seed/staff.json"));
        foreach (var account in json.RootElement.GetProperty("accounts").EnumerateArray())
        {
            if (account.TryGetProperty("department", out var d) && d.GetString() is { } name)
            {
                Assert.True(Units.Contains(name) || name == InstallationSeeder.TriageDeskName, $"demo account department '{name}' is not in the catalog");
            }
        }
    }

    [Fact]
    public void SampleUseCases_WhenShipped_BelongToCatalogBureausOrUnits()
    {
        using var json = JsonDocument.Parse(ShippedContent.ReadText("programme/use-cases.json"));
        foreach (var useCase in json.RootElement.GetProperty("use_cases").EnumerateArray())
        {
            var bureau = useCase.GetProperty("bureau").GetString()!;
            Assert.True(Names.Contains(bureau), $"use case bureau '{bureau}' is not in the catalog");
        }
    }

    [Fact]
    public void CityUnitMention_WhenTextSaysAnd_IsNotTakenForADepartment()
    {
        Assert.Empty(CityUnitMention().Matches("서울시 누리집과 120다산콜에서 확인하세요"));
        Assert.Single(CityUnitMention().Matches("서울시 주거정책과에 문의하세요"));
    }

    [GeneratedRegex(@"^department:\s*(.+)$", RegexOptions.Multiline)]
    private static partial Regex FrontMatterDepartment();

    /// <summary>"서울시 ○○과", "서울특별시 ○○담당관에" …: the name ends the word or takes a particle; 누리집과 (누리집 + 과 "and") is not a unit.</summary>
    [GeneratedRegex(@"서울(?:특별)?시\s([가-힣0-9]+(?<!누리집)(?:과|담당관|처|단|본부|센터|재단|공단|사업소))(?=$|[^가-힣]|(?:에서|으로|이나|에|은|는|이|가|을|를|와|과|나|로|의|도)(?![가-힣]))")]
    private static partial Regex CityUnitMention();
}
