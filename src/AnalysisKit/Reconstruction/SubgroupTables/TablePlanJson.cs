using AnalysisKit.Data;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// Reads a trial's optional <c>reconstruction-tables.json</c> (System.Text.Json, snake-case
/// names). Bad JSON, unknown properties and nulls where a value is required are refused with a
/// <see cref="DataFileException"/> naming the file, the line and the JSON path; so is a rule that
/// gives no value or two.
/// </summary>
public static class TablePlanJson
{
    /// <summary>The file name inside a trial folder.</summary>
    public const string FileName = "reconstruction-tables.json";

    /// <summary>The plan of the trial in <paramref name="trialFolder"/>; an empty plan when the folder has no such file.</summary>
    /// <exception cref="DataFileException">The file is not a valid plan.</exception>
    public static TablePlan ReadOrDefault(string trialFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trialFolder);
        var path = Path.Combine(trialFolder, FileName);
        if (!File.Exists(path)) return new TablePlan();
        var plan = StrictJsonFile.Read<TablePlan>(path, "the subgroup-table plan", "plan", "");
        Check(path, plan);
        return plan;
    }

    private static void Check(string path, TablePlan plan)
    {
        var derived = plan.DerivedColumns ?? [];
        for (var i = 0; i < derived.Count; i++)
        {
            for (var k = 0; k < derived[i].Rules.Count; k++)
            {
                var rule = derived[i].Rules[k];
                if ((rule.Value is null) == (rule.Copy is null))
                    throw new DataFileException(path, 0, $"$.derived_columns[{i}].rules[{k}]", "a rule gives either a value or the column to copy, not both and not neither.");
            }
        }
        try
        {
            plan.Schedule?.Check();
        }
        catch (ArgumentException e)
        {
            throw new DataFileException(path, 0, "$.schedule", e.Message);
        }
        if (plan.TimeGrid is { } grid && !(grid.StepMonths > 0 && grid.EndMonths > grid.StepMonths))
            throw new DataFileException(path, 0, "$.time_grid", $"the grid needs a positive step shorter than its end; it has step {grid.StepMonths} and end {grid.EndMonths}.");
        if (plan.AddedPatients is { } added && (added.Population < 1 || added.Group.Length == 0 || !added.Group.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')))
            throw new DataFileException(path, 0, "$.added_patients", "the added patients need a positive population and a group name of lower-case letters, digits and underscores.");
    }
}
