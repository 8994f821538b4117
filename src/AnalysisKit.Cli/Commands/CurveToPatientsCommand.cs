using System.CommandLine;
using System.Globalization;
using AnalysisKit.Cli.Output;
using AnalysisKit.Data;
using AnalysisKit.Reconstruction;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>analysis-kit curve-to-patients CURVE --at-risk FILE [--events N]</c>: rebuilds synthetic
/// patients from a digitised Kaplan–Meier curve (columns <c>time</c>, <c>survival</c>) and its
/// number-at-risk table (columns <c>time</c>, <c>at_risk</c>) by the Guyot algorithm, and prints
/// them as CSV (or JSON) with a <c>synthetic</c> column that is always true.
/// </summary>
internal static class CurveToPatientsCommand
{
    public static Command Create(TextWriter output)
    {
        var curveFile = new Argument<string>("CURVE") { Description = "CSV of digitised points: columns time, survival (0-1)." };
        var atRisk = CommonOptions.Required("--at-risk", "CSV of the number-at-risk table: columns time, at_risk.");
        var events = new Option<int?>("--events") { Description = "Total number of events, when the publication prints it." };
        var format = CommonOptions.Format();
        var command = new Command("curve-to-patients", "Reconstruct synthetic patients from a digitised Kaplan-Meier curve (Guyot et al. 2012).")
        {
            curveFile, atRisk, events, format,
        };
        command.SetAction(parse =>
        {
            var curveTable = CsvTable.Read(parse.GetValue(curveFile)!);
            var curve = new DigitisedCurve(CsvColumnReader.Times(curveTable, "time"), CsvColumnReader.Numbers(curveTable, "survival"));
            var riskTable = CsvTable.Read(parse.GetValue(atRisk)!);
            var riskTimes = CsvColumnReader.Times(riskTable, "time");
            var riskCounts = CsvColumnReader.Counts(riskTable, "at_risk");
            var result = GuyotReconstruction.Reconstruct(curve, riskTimes.Zip(riskCounts, (t, n) => new NumberAtRisk(t, n)).ToList(), parse.GetValue(events));
            output.Write(parse.GetValue(format) == OutputFormat.Json ? ToJson(result) : ToCsv(result));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string ToCsv(GuyotResult result)
    {
        var text = new System.Text.StringBuilder("patient,synthetic,time,event\n");
        for (var i = 0; i < result.Patients.Count; i++)
        {
            var p = result.Patients[i];
            text.Append(CultureInfo.InvariantCulture, $"{i + 1},true,{p.Time.ToString("R", CultureInfo.InvariantCulture)},{(p.Event ? 1 : 0)}\n");
        }
        return text.ToString();
    }

    private static string ToJson(GuyotResult result)
    {
        using var doc = new JsonDocumentWriter();
        var json = doc.Json;
        json.WriteStartObject();
        json.WriteString("method", "Guyot et al. 2012");
        json.WriteBoolean("synthetic", true);
        json.WriteBoolean("converged", result.Converged);
        doc.Integer("n", result.Patients.Count);
        doc.Integer("events", result.Events);
        json.WriteStartArray("patients");
        foreach (var p in result.Patients)
        {
            json.WriteStartObject();
            doc.Number("time", p.Time);
            doc.Integer("event", p.Event ? 1 : 0);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        return doc.ToText() + "\n";
    }
}
