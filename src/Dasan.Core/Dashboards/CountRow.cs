namespace Dasan.Core.Dashboards;

/// <summary>A count for one key of a breakdown (domain code, department id or district name; null = not set).</summary>
public sealed record CountRow(string? Key, string Label, string LabelEn, int Count);
