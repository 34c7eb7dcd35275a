using System.Text.Json.Nodes;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>
/// A programme's leerweg and level belong to mbo or hbo: mbo is BOL or BBL at level 2 to 4 (WEB), hbo is voltijd,
/// deeltijd or duaal at level 6 (WHW). The articles that follow from them (praktijkovereenkomst or stageovereenkomst,
/// employment, lectoraat or practoraat) would otherwise contradict each other.
/// </summary>
internal sealed class ProgrammeFitsItsKind : ICrossFieldRule
{
    public IEnumerable<ValidationError> Check(JsonObject answers)
    {
        var index = 0;
        foreach (var programme in CrossFieldRules.Items(answers, "opleidingen"))
        {
            var kind = CrossFieldRules.Text(programme["soort_onderwijs"]);
            if (CrossFieldRules.Text(programme["leerweg"]) is { } path && kind is not null && !Fits(kind, path is "BOL" or "BBL"))
            {
                yield return new ValidationError($"opleidingen[{index}].leerweg", Messages.LearningPathNotOfKind(path, kind));
            }

            if (CrossFieldRules.Text(programme["niveau"]) is { } level && kind is not null && !Fits(kind, level is not "6"))
            {
                yield return new ValidationError($"opleidingen[{index}].niveau", Messages.LevelNotOfKind(level, kind));
            }

            index++;
        }
    }

    private static bool Fits(string kind, bool belongsToMbo) => belongsToMbo == (kind == "mbo");
}
