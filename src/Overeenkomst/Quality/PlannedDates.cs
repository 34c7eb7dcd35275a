namespace Overeenkomst.Quality;

/// <summary>What the timeline plans, as Q16 judges it.</summary>
/// <param name="Milestones">How many milestones.</param>
/// <param name="Evaluations">How many evaluation moments.</param>
/// <param name="Outside">How many of their dates fall outside the term.</param>
/// <param name="Start">The start of the term.</param>
/// <param name="End">The end of the term.</param>
/// <param name="Deadline">The decision on going on (<see cref="Questionnaire.AgreementTerm"/>); null without renewal.</param>
/// <param name="FirstInforming">The first evaluation within the term and before that deadline, if any.</param>
internal sealed record PlannedDates(int Milestones, int Evaluations, int Outside, DateOnly Start, DateOnly End, DateOnly? Deadline, DateOnly? FirstInforming);
