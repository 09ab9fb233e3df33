using Dasan.Core.Departments;
using Dasan.Core.Programme.Training;
using Dasan.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Data;

/// <summary>Mapping of the staff AI curriculum tables (roster, enrolments, completions, quiz attempts, readings).</summary>
internal static class TrainingModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<RosterMember>(e =>
        {
            e.ToTable("training_roster");
            e.HasIndex(r => r.EmployeeNo).IsUnique();
            e.HasIndex(r => r.StaffUserId).IsUnique();
            e.HasIndex(r => new { r.DepartmentId, r.Active });
            e.Property(r => r.EmployeeNo).HasMaxLength(40);
            e.Property(r => r.Name).HasMaxLength(100);
            e.Property(r => r.Grade).HasMaxLength(40);
            e.Property(r => r.JobRole).HasMaxLength(40);
            e.Property(r => r.Source).HasMaxLength(120);
            e.HasOne(r => r.Department).WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<StaffUser>().WithMany().HasForeignKey(r => r.StaffUserId).OnDelete(DeleteBehavior.SetNull);
        });
        b.Entity<TrainingEnrolment>(e =>
        {
            e.ToTable("training_enrolments");
            e.HasIndex(x => new { x.RosterMemberId, x.Level }).IsUnique();
            e.Property(x => x.Level).HasMaxLength(10);
            e.Property(x => x.EnrolledBy).HasMaxLength(120);
            e.HasOne<RosterMember>().WithMany().HasForeignKey(x => x.RosterMemberId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ModuleCompletion>(e =>
        {
            e.ToTable("training_completions");
            e.HasIndex(x => new { x.RosterMemberId, x.ModuleCode, x.CompletedAt }).IsUnique();
            e.HasIndex(x => new { x.ModuleCode, x.ExpiresAt });
            e.Property(x => x.ModuleCode).HasMaxLength(40);
            e.Property(x => x.Source).HasMaxLength(120);
            e.HasOne<RosterMember>().WithMany().HasForeignKey(x => x.RosterMemberId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<QuizAttempt>(e =>
        {
            e.ToTable("training_quiz_attempts");
            e.HasIndex(x => new { x.RosterMemberId, x.ModuleCode });
            e.Property(x => x.ModuleCode).HasMaxLength(40);
            e.Property(x => x.CurriculumVersion).HasMaxLength(20);
            e.Property(x => x.AnswersJson).HasMaxLength(4000);
            e.Property(x => x.SubmittedAt).IsConcurrencyToken();
            e.HasOne<RosterMember>().WithMany().HasForeignKey(x => x.RosterMemberId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<LessonReading>(e =>
        {
            e.ToTable("training_lesson_readings");
            e.HasIndex(x => new { x.RosterMemberId, x.ModuleCode }).IsUnique();
            e.Property(x => x.ModuleCode).HasMaxLength(40);
            e.HasOne<RosterMember>().WithMany().HasForeignKey(x => x.RosterMemberId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
