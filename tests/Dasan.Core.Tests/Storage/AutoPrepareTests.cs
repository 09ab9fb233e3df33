using Dasan.Core.Data;
using Dasan.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dasan.Core.Tests.Storage;

/// <summary>The contexts' PostgreSQL connections prepare the statements they repeat (ADR 0326), unless the operator says otherwise.</summary>
public class AutoPrepareTests
{
    [Fact]
    public void Contexts_WithoutAnOperatorSetting_PrepareRepeatedStatementsAndSkipTheResetOnClose()
    {
        var settings = ContextSettings("Host=db.seoul.test;Database=dasan;Username=dasan");

        Assert.Equal(100, settings.MaxAutoPrepare);
        Assert.True(settings.NoResetOnClose);
    }

    [Theory]
    [InlineData("Host=db.seoul.test;Database=dasan;Max Auto Prepare=0", 0)]
    [InlineData("Host=db.seoul.test;Database=dasan;MaxAutoPrepare=20", 20)]
    [InlineData("Host=db.seoul.test;Database=dasan;Auto Prepare Min Usages=2", 100)]
    [InlineData("Host=db.seoul.test;Database=dasan;Password=AutoPrepare99", 100)]
    [InlineData("Host=db.seoul.test;Database=dasan;Application Name=dasan-autoprepare", 100)]
    public void Contexts_KeepTheOperatorsChoice(string connectionString, int expected) =>
        Assert.Equal(expected, ContextSettings(connectionString).MaxAutoPrepare);

    [Fact]
    public void Contexts_ReadTheResetSettingFromItsKeyNotFromAPassword()
    {
        Assert.True(ContextSettings("Host=db.seoul.test;Database=dasan;Password=Reset#2026").NoResetOnClose);
        Assert.False(ContextSettings("Host=db.seoul.test;Database=dasan;No Reset On Close=false").NoResetOnClose);
    }

    [SkippableFact]
    public async Task AQueryRepeatedOnAContextConnection_IsPreparedOnTheServer()
    {
        await using var db = await TestDatabase.CreateAsync("postgres");
        await using var ctx = db.NewContext();
        await ctx.Database.OpenConnectionAsync();
        for (var i = 0; i < 6; i++)
        {
            _ = await ctx.Departments.AsNoTracking().Where(d => d.Code == "교통정책과").CountAsync();
        }

        var prepared = await ctx.Database
            .SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_prepared_statements WHERE statement LIKE '%FROM departments%'")
            .SingleAsync();
        Assert.True(prepared >= 1, "the repeated departments query was not prepared on its connection");
    }

    private static NpgsqlConnectionStringBuilder ContextSettings(string connectionString)
    {
        var options = new DatabaseOptions { Provider = "postgres", ConnectionString = connectionString };
        using var services = new ServiceCollection().AddDasanStorage(options, Path.GetTempPath()).BuildServiceProvider();
        using var scope = services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        return new NpgsqlConnectionStringBuilder(context.Database.GetConnectionString());
    }
}
