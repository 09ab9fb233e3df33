namespace Dasan.Core.Programme.Training;

/// <summary>How many active staff matched an enrolment and how many were newly enrolled.</summary>
public sealed record EnrolmentOutcome(string Level, int Matched, int Added);
