using System.Text;
using Overeenkomst.Checking;
using Overeenkomst.Questionnaire;

namespace Overeenkomst.Cli.Commands;

/// <summary>A check report as readable text for a terminal: errors, completeness per section, quality findings.</summary>
internal static class CheckTable
{
    public static string Format(CheckReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(report.Valid ? Messages.CliAnswersValid : Messages.CliAnswersInvalid(report.Errors.Sum(e => e.Value.Length)));
        foreach (var (id, messages) in report.Errors)
        {
            foreach (var message in messages)
            {
                text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  {id,-40} {message}");
            }
        }

        text.AppendLine().AppendLine(Messages.CliSectionsHeading);
        foreach (var section in report.Sections)
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  {section.Title,-28} {section.Answered,3}/{section.Required,-3} {section.Percentage,3} %");
        }

        if (report.Findings.Count > 0)
        {
            text.AppendLine().AppendLine(Messages.CliQualityHeading);
            foreach (var finding in report.Findings)
            {
                text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  {finding.Id,-4} {finding.Outcome,-13} {finding.Explanation}");
                text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  {string.Empty,-4} {string.Empty,-13} {Messages.CliSource(finding.Source)}");
            }
        }

        return text.ToString().TrimEnd();
    }
}
