using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Rackwave.Security.Benchmarks.AdminConsole;

/// <summary>
/// With <c>--plans</c>: prints each statement EF Core sends and SQLite's plan for it, to see
/// which index a case walks (a plan that sorts every running session shows up at once).
/// </summary>
internal sealed class QueryPlanPrinter(TextWriter output) : DbCommandInterceptor
{
    public bool Enabled { get; set; }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        if (Enabled && command is SqliteCommand sqlite)
        {
            await PrintAsync(sqlite, cancellationToken);
        }

        return result;
    }

    private async Task PrintAsync(SqliteCommand command, CancellationToken ct)
    {
        await using var explain = command.Connection!.CreateCommand();
        explain.Transaction = command.Transaction;
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        foreach (SqliteParameter parameter in command.Parameters)
        {
            explain.Parameters.AddWithValue(parameter.ParameterName, parameter.Value);
        }

        output.WriteLine("    " + command.CommandText.ReplaceLineEndings("\n    "));
        await using var reader = await explain.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            output.WriteLine($"      plan: {reader.GetString(3)}");
        }
    }
}
