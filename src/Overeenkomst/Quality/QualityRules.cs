using System.Text.Json.Nodes;
using Overeenkomst.Questionnaire;

namespace Overeenkomst.Quality;

/// <summary>
/// The rules of the quality check (DOMAIN.md, Q1–Q18), as one table. Adding a rule: one row here, and its sentences in
/// <see cref="Messages"/> (region "Quality check").
/// </summary>
internal static class QualityRules
{
    public static IReadOnlyList<QualityRule> All { get; } =
    [
        new("Q1", Messages.RuleQ1, Messages.SourceIngredients, StudentsPerWard),
        new("Q2", Messages.RuleQ2, Messages.SourceIngredients, LevelsMixed),
        new("Q3", Messages.RuleQ3, Messages.SourceIngredients, WeeklyHours),
        new("Q4", Messages.RuleQ4, Messages.SourcePreconditions, f => AtLeast(f, "percentage_vaste_dienst", 80, Messages.PermanentStaff)),
        new("Q5", Messages.RuleQ5, Messages.SourcePreconditions, Supernumerary),
        new("Q6", Messages.RuleQ6, Messages.SourcePreconditions, Research),
        new("Q7", Messages.RuleQ7, Messages.SourcePreconditions, RolesPaid),
        new("Q8", Messages.RuleQ8, Messages.SourcePreconditions, f => YesNo(f, "medewerker_op_of_boven_niveau", Messages.StaffAtLevel)),
        new("Q9", Messages.RuleQ9, Messages.SourceAmsterdam, f => AtLeast(f, "docent_uren_op_locatie", 8, Messages.TeacherOnSite)),
        new("Q10", Messages.RuleQ10, Messages.SourcePreconditions, RolesAndProjectLeader),
        new("Q11", Messages.RuleQ11, Messages.SourcePreconditions, Facilities),
        new("Q12", Messages.RuleQ12, Messages.SourcePreconditions, f => YesNo(f, "voorlichting", Messages.Information)),
        new("Q13", Messages.RuleQ13, Messages.SourcePreconditionsAndIngredients, f => YesNo(f, "intervisie", Messages.Intervision)),
        new("Q14", Messages.RuleQ14, Messages.SourcePreconditions, f => BothYes(f, "kennisdeling_intern", "kennisdeling_extern", Messages.KnowledgeShared)),
        new("Q15", Messages.RuleQ15, Messages.SourceAmsterdamDiploma, RecognisedDiplomas),
        new("Q16", Messages.RuleQ16, Messages.SourceBuildingBlock4, Milestones),
        new("Q17", Messages.RuleQ17, Messages.SourceBuildingBlocks5And6, f => BothYes(f, "scholing_werkbegeleiders", "scholing_docenten", Messages.TrainingArranged)),
        new("Q18", Messages.RuleQ18, Messages.SourceIngredients, f => YesNo(f, "leren_in_keten", Messages.Chain)),
    ];

    private static Verdict AtLeast(AnswerFacts facts, string id, decimal minimum, Func<decimal, decimal, string> explain) =>
        facts.Number(id) is { } figure ? Verdict.When(figure >= minimum, explain(figure, minimum)) : Verdict.NotAnswered(id);

    private static Verdict YesNo(AnswerFacts facts, string id, Func<bool, string> explain) =>
        facts.YesNo(id) is { } yes ? Verdict.When(yes, explain(yes)) : Verdict.NotAnswered(id);

    // Two yes/no questions that both have to be "ja"; unknown until both are answered.
    private static Verdict BothYes(AnswerFacts facts, string first, string second, Func<bool, bool, string> explain) =>
        (facts.YesNo(first), facts.YesNo(second)) is ({ } one, { } other)
            ? Verdict.When(one && other, explain(one, other))
            : Verdict.NotAnswered(first, second);

    private static Verdict StudentsPerWard(AnswerFacts facts) => AtLeast(facts, "studenten_per_afdeling", 6, Messages.StudentsPerWard);

    private static Verdict LevelsMixed(AnswerFacts facts)
    {
        var programmes = facts.Items("opleidingen");
        if (programmes.Count == 0)
        {
            return Verdict.NotAnswered("opleidingen");
        }

        var levels = programmes.Select(p => AnswerFacts.Text(p["niveau"])).OfType<string>().Distinct().Count();
        var distinct = ProgrammeIdentity.Group(programmes);
        var kinds = programmes.Select(p => AnswerFacts.Text(p["soort_onderwijs"])).OfType<string>().Distinct().Count();

        // Rows that turned out to be one programme are named, so the person sees why two rows count once.
        var merged = distinct
            .Select(group => group.Select(p => AnswerFacts.Text(p["naam"])).OfType<string>().Distinct(StringComparer.Ordinal).ToList())
            .Where(names => names.Count > 1)
            .ToList();
        return Verdict.When(levels >= 2 || distinct.Count >= 2, Messages.LevelsMixed(levels, distinct.Count, kinds >= 2, merged));
    }

    private static Verdict WeeklyHours(AnswerFacts facts)
    {
        var education = facts.Number("uren_gezamenlijk_onderwijs");
        var reflection = facts.Number("uren_gezamenlijk_leren");
        var project = facts.Number("uren_gezamenlijk_project");
        if (education is null || reflection is null || project is null)
        {
            return Verdict.NotAnswered("uren_gezamenlijk_onderwijs", "uren_gezamenlijk_leren", "uren_gezamenlijk_project");
        }

        return Verdict.When(education >= 1.5m && reflection >= 1m && project >= 1.5m, Messages.WeeklyHours(education.Value, reflection.Value, project.Value));
    }

    // Supernumerary status is about students who are not employed (BOL, voltijd hbo); students in employment (BBL, duaal
    // hbo) are in the formation by their contract and get learning and innovation time instead. Deeltijd students are neither.
    private static Verdict Supernumerary(AnswerFacts facts)
    {
        var paths = facts.Items("opleidingen").Select(p => AnswerFacts.Text(p["leerweg"])).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (paths.Count == 0)
        {
            return Verdict.NotAnswered("opleidingen");
        }

        var fullTime = paths.Contains("BOL") || paths.Contains("voltijd");
        var employed = paths.Contains("BBL") || paths.Contains("duaal");
        if (!fullTime && !employed)
        {
            return Verdict.Met(Messages.SupernumeraryDoesNotApply);
        }

        var supernumerary = fullTime ? facts.YesNo("studenten_boventallig") : null;
        var learningTime = employed ? facts.YesNo("bbl_leer_en_innovatietijd") : null;
        var hours = learningTime == true ? facts.Number("bbl_leertijd_uren") : null;
        if ((fullTime && supernumerary is null) || (employed && (learningTime is null || (learningTime == true && hours is null))))
        {
            return Verdict.NotAnswered("studenten_boventallig", "bbl_leer_en_innovatietijd", "bbl_leertijd_uren");
        }

        var fullTimeMet = !fullTime || supernumerary == true;
        var employedMet = !employed || hours > 0;
        return Verdict.When(fullTimeMet && employedMet, Messages.Supernumerary(
            fullTime ? new(paths.Contains("BOL"), paths.Contains("voltijd"), fullTimeMet) : null,
            employed ? new(paths.Contains("BBL"), paths.Contains("duaal"), employedMet) : null,
            hours ?? 0));
    }

    // A lectoraat belongs to hbo and a practoraat to mbo; where both kinds of student learn together, each needs its own.
    private static Verdict Research(AnswerFacts facts)
    {
        var kinds = facts.Items("opleidingen").Select(p => AnswerFacts.Text(p["soort_onderwijs"])).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (kinds.Count == 0)
        {
            return Verdict.NotAnswered("opleidingen");
        }

        var hbo = kinds.Contains("hbo");
        var mbo = kinds.Contains("mbo");
        var lectoraat = hbo ? facts.YesNo("lectoraat_betrokken") : null;
        var practoraat = mbo ? facts.YesNo("practoraat_betrokken") : null;
        if ((hbo && lectoraat is null) || (mbo && practoraat is null))
        {
            return Verdict.NotAnswered("lectoraat_betrokken", "practoraat_betrokken");
        }

        return Verdict.When((!hbo || lectoraat == true) && (!mbo || practoraat == true), Messages.ResearchInvolved(lectoraat, practoraat));
    }

    // Shares must add up to 100 % before answers are valid, so that can no longer fail. What can: a role in the roles
    // annex ("levert en betaalt") provided by a party that pays for nothing in the budget, while the model says costs are shared.
    private static Verdict RolesPaid(AnswerFacts facts)
    {
        var roles = facts.Items("rollen");
        var model = facts.Text("bekostigingsmodel");
        if (roles.Count == 0 || model is null)
        {
            return Verdict.NotAnswered("rollen", "bekostigingsmodel");
        }

        if (model == OptionValues.OwnCosts)
        {
            return Verdict.Met(Messages.RolesPaidByOwnCosts(roles.Count));
        }

        var lines = facts.Items("begroting");
        if (lines.Count == 0)
        {
            return Verdict.NotAnswered("begroting");
        }

        var paying = lines.SelectMany(line => line["verdeling"] as JsonArray ?? [])
            .Where(share => AnswerFacts.Number(share?["aandeel"]) > 0)
            .Select(share => AnswerFacts.Text(share?["partij"]))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var unpaid = roles
            .Select(role => (Role: AnswerFacts.Text(role["rol"]) ?? "?", Party: AnswerFacts.Text(role["partij"])))
            .Where(role => role.Party is not null && !paying.Contains(role.Party))
            .Select(role => $"{role.Role} ({role.Party})")
            .ToList();
        return Verdict.When(unpaid.Count == 0, Messages.RolesPaid(roles.Count, lines.Count, model, unpaid));
    }

    private static Verdict RolesAndProjectLeader(AnswerFacts facts)
    {
        var roles = facts.Items("rollen");
        var leader = facts.Text("projectleider_naam");
        if (roles.Count == 0 && leader is null)
        {
            return Verdict.NotAnswered("rollen", "projectleider_naam");
        }

        var withParty = roles.Count(r => AnswerFacts.Text(r["partij"]) is not null);
        return Verdict.When(roles.Count > 0 && withParty == roles.Count && leader is not null, Messages.RolesDivided(roles.Count, withParty, leader));
    }

    private static Verdict Facilities(AnswerFacts facts)
    {
        if (!facts.IsAnswered("faciliteiten"))
        {
            return Verdict.NotAnswered("faciliteiten");
        }

        string[] needed = ["leslokaal", "computers", "beamer", "flip-over"];
        var present = facts.Items("faciliteiten").Select(f => AnswerFacts.Text(f["voorziening"])).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var missing = needed.Where(n => !present.Contains(n)).ToList();
        return Verdict.When(missing.Count == 0, Messages.FacilitiesPresent(missing));
    }

    private static Verdict RecognisedDiplomas(AnswerFacts facts)
    {
        var programmes = facts.Items("opleidingen");
        if (programmes.Count == 0)
        {
            return Verdict.NotAnswered("opleidingen");
        }

        var without = programmes.Where(p => AnswerFacts.Text(p["code"]) is null).Select(p => AnswerFacts.Text(p["naam"]) ?? "?").ToList();
        return Verdict.When(without.Count == 0, Messages.RecognisedDiplomas(programmes.Count, without));
    }

    // Planned is not enough: a date outside the term plans nothing, and an evaluation after the decision on going on
    // informs nothing. The deadline is the one the agreement names (AgreementTerm).
    private static Verdict Milestones(AnswerFacts facts)
    {
        if (!facts.IsAnswered("mijlpalen") && !facts.IsAnswered("evaluatiemomenten"))
        {
            return Verdict.NotAnswered("mijlpalen", "evaluatiemomenten");
        }

        if (facts.Date("startdatum") is not { } start || facts.Date("einddatum") is not { } end)
        {
            return Verdict.NotAnswered("startdatum", "einddatum");
        }

        var milestones = facts.Items("mijlpalen").Select(m => AnswerFacts.Date(m["datum"])).ToList();
        var evaluations = facts.Items("evaluatiemomenten").Select(m => AnswerFacts.Date(m["datum"])).ToList();
        var outside = milestones.Concat(evaluations).Count(date => date < start || date > end);
        var deadline = facts.DecisionDeadline();
        var informing = evaluations.OfType<DateOnly>().Where(date => date >= start && (deadline is null || date < deadline)).Order().ToList();
        var plan = new PlannedDates(milestones.Count, evaluations.Count, outside, start, end, deadline, informing.Count > 0 ? informing[0] : null);
        return Verdict.When(milestones.Count > 0 && evaluations.Count > 0 && outside == 0 && (deadline is null || informing.Count > 0),
            Messages.MilestonesPlanned(plan));
    }
}
