using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Data;

/// <summary>The next human-readable code after the highest existing one with a prefix (<c>UC-</c>, <c>CH-2026-</c>, <c>PL-2026-</c>); a unique index decides races.</summary>
public static class CodeSequence
{
    public static async Task<string> NextAsync(IQueryable<string> codes, string prefix, string digits, CancellationToken ct)
    {
        var taken = await codes.Where(c => c.StartsWith(prefix)).ToListAsync(ct);
        var max = taken.Select(c => int.TryParse(c[prefix.Length..], CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max();
        return prefix + (max + 1).ToString(digits, CultureInfo.InvariantCulture);
    }
}
