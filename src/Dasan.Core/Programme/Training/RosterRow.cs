namespace Dasan.Core.Programme.Training;

/// <summary>A validated roster line.</summary>
internal sealed record RosterRow(string EmployeeNo, string Name, long DepartmentId, string? Grade, string? JobRole, int? Tier, long? StaffUserId, bool Active)
{
    public static RosterRow Parse(ImportLine line, Dictionary<string, long> byName, Dictionary<string, long> byCode, Dictionary<string, long> logins)
    {
        if (line.ParseError is { } p)
        {
            throw new ImportLineException("line", p);
        }

        var no = line.Get("employee_no") ?? throw new ImportLineException("employee_no", "직원번호가 비어 있습니다. (employee_no is required.)");
        if (!RosterImporter.EmployeeNoPattern().IsMatch(no))
        {
            throw new ImportLineException("employee_no", $"'{Cut(no)}'은(는) 직원번호 형식(영문·숫자·-·_ 40자 이내)이 아닙니다. (Invalid employee_no.)");
        }

        var name = line.Get("name") ?? throw new ImportLineException("name", "이름이 비어 있습니다. (name is required.)");
        Check(name, "name", 100);
        var dept = line.Get("department") ?? throw new ImportLineException("department", "부서가 비어 있습니다. (department is required.)");
        var departmentId = byName.TryGetValue(dept, out var id) || byCode.TryGetValue(dept, out id)
            ? id : throw new ImportLineException("department", $"'{Cut(dept)}'은(는) 부서 목록에 없습니다(부서명 또는 코드). (Unknown department.)");
        var grade = line.Get("grade");
        var role = line.Get("job_role");
        Check(grade, "grade", 40);
        Check(role, "job_role", 40);
        int? tier = null;
        if (line.Get("operates_tier") is { } t)
        {
            try
            {
                tier = Tiers.Parse(t);
            }
            catch (FormatException e)
            {
                throw new ImportLineException("operates_tier", e.Message);
            }
        }

        long? user = line.Get("login") is { } login
            ? logins.TryGetValue(login.ToLowerInvariant(), out var u) ? u : throw new ImportLineException("login", $"'{Cut(login)}' 계정이 없습니다. (Unknown login.)")
            : null;
        var active = line.Get("active")?.ToLowerInvariant() switch
        {
            null or "true" or "y" or "yes" or "1" or "재직" => true,
            "false" or "n" or "no" or "0" or "퇴직" => false,
            var other => throw new ImportLineException("active", $"'{Cut(other)}'은(는) true/false가 아닙니다. (active must be true or false.)"),
        };
        return new RosterRow(no, name, departmentId, grade, role, tier, user, active);
    }

    /// <summary>Copies the fields onto a member; true when something changed.</summary>
    public bool ApplyTo(RosterMember m, string source, DateTime now)
    {
        var changed = m.Name != Name || m.DepartmentId != DepartmentId || m.Grade != Grade || m.JobRole != JobRole || m.OperatesTier != Tier
            || (StaffUserId is not null && m.StaffUserId != StaffUserId) || m.Active != Active;
        if (changed || m.Id == 0)
        {
            (m.Name, m.DepartmentId, m.Grade, m.JobRole, m.OperatesTier, m.Active) = (Name, DepartmentId, Grade, JobRole, Tier, Active);
            m.StaffUserId = StaffUserId ?? m.StaffUserId;
            (m.Source, m.UpdatedAt) = (source, now);
        }

        return changed;
    }

    private static void Check(string? value, string field, int max)
    {
        if (value is { Length: var n } && n > max)
        {
            throw new ImportLineException(field, $"{max}자 이내여야 합니다. ({field} is longer than {max} characters.)");
        }
    }

    private static string Cut(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
