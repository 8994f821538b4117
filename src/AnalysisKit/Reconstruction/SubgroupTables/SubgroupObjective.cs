using AnalysisKit.Consistency;
using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// The annealing objective of <see cref="SubgroupAnnealer"/>: every printed row of the subgroup
/// tables and every printed log-rank p, each with the penalty its miss costs. A missed n or events
/// cell costs <see cref="CountWeight"/> per patient of difference (those cells must hold exactly);
/// any other missed cell costs 0.6 plus up to 0.4 by its distance from the printed value (3 months
/// for times, 0.15 for rates), a missed p <see cref="PWeight"/> × (0.6 + up to 0.4 by its distance
/// in log10). The whole-cohort rows weigh <see cref="WholeCohortWeight"/> times as much: every
/// subgroup shares their times, and once they hold the search keeps them. Counted exactly (the
/// search's last stage), a missed cell costs 1 and a missed p <see cref="PWeight"/>, whatever
/// their distance: the number the fidelity table reports, weighted the same way.
/// </summary>
internal static class SubgroupObjective
{
    /// <summary>Weight of a whole-cohort row relative to a subgroup row.</summary>
    public const double WholeCohortWeight = 25;

    /// <summary>Penalty per patient of difference in an n or events cell: those cells must hold exactly.</summary>
    public const double CountWeight = 100;

    /// <summary>Weight of a missed log-rank p relative to a missed cell.</summary>
    public const double PWeight = 0.5;

    /// <summary>The rows and tests of a trial's subgroup tables (each table's endpoint a latent outcome of <see cref="TableEndpoints"/>); row members are empty until the caller sets them.</summary>
    public static (Row[] Rows, Group[] Groups) Build(BaselineSchema schema, TableEndpoints endpoints)
    {
        var rows = new List<Row>();
        var groups = new List<Group>();
        foreach (var table in endpoints.Tables)
        {
            var endpoint = endpoints.OutcomeOf(table);
            foreach (var row in table.Rows)
            {
                var column = row.RowGroup == ClaimId.AllRowGroup ? null : schema.ColumnOf(row.RowGroup)
                    ?? throw new ArgumentException($"No patient column holds the row group '{row.RowGroup}' of {table.Table}.", nameof(schema));
                rows.Add(new Row(table, endpoint, column, row, schema.PatientCount));
                if (column is not null && row.P?.Value is not null)
                    groups.Add(new Group(table.Endpoint, endpoint, column, row.P));
            }
        }
        return (rows.ToArray(), groups.ToArray());
    }

    /// <summary>One printed row: its patients (a bit set) and the cells it prints.</summary>
    internal sealed class Row
    {
        private readonly (int Index, PrintedNumber Printed, int MinimumDecimals, double Scale)[] _cells;
        private readonly double _n, _events, _weight;

        public Row(SubgroupSurvivalTable table, int endpointIndex, string? column, SubgroupSurvivalRow row, int patients)
        {
            Endpoint = table.Endpoint;
            EndpointIndex = endpointIndex;
            Landmarks = table.LandmarkTimes.Select(t => (double)t).ToArray();
            Members = new PatientSet(patients);
            // The statistic columns in FastSubgroupStatistics order, after n and events.
            string[] statisticColumns = ["median", "median_lower", "median_upper", .. table.LandmarkTimes.SelectMany(SubgroupSurvivalTable.LandmarkColumns)];
            Column = column;
            Label = row.RowLabel;
            _weight = column is null ? WholeCohortWeight : 1;
            _n = row.N?.Value ?? double.NaN;
            _events = row.Events?.Value ?? double.NaN;
            _cells = statisticColumns
                .Select((c, k) => (Index: k + 2, Column: c, Printed: row.Cell(c), Scale: c.StartsWith('m') ? 3.0 : 0.15))
                .Where(c => c.Printed is not null)
                .Select(c => (c.Index, c.Printed!, SubgroupSurvivalTable.MinimumDecimals(c.Column), c.Scale))
                .ToArray();
            PrintedTimes = new[] { row.Median, row.MedianLower, row.MedianUpper }
                .Where(c => c?.Value is not null).Select(c => Math.Round(c!.Value!.Value, 2)).ToArray();
            PrintedMedian = row.Median?.Value is { } m ? Math.Round(m, 2) : null;
        }

        public string Endpoint { get; }
        public int EndpointIndex { get; }
        public string? Column { get; }
        public string Label { get; }

        /// <summary>The row's landmark times (its table's), in <c>FastSubgroupStatistics</c> order.</summary>
        public double[] Landmarks { get; }

        /// <summary>The patients who belong to the row.</summary>
        public PatientSet Members { get; }

        /// <summary>The printed median and CI limits at two decimals: times some member must have.</summary>
        public double[] PrintedTimes { get; }

        public double? PrintedMedian { get; }

        /// <summary>The penalty of the row's n and events cells alone, at a given weight per patient of difference.</summary>
        public double CountPenalty(int members, int events, double weight) =>
            (double.IsNaN(_n) ? 0 : weight * Math.Abs(members - _n)) + (double.IsNaN(_events) ? 0 : weight * Math.Abs(events - _events));

        /// <summary>The penalty of the row's statistics (in <c>FastSubgroupStatistics</c> order); <paramref name="exact"/>: each missed cell costs 1, not less when it is near.</summary>
        public double Penalty(double[] stats, bool exact)
        {
            var penalty = 0.0;
            if (!double.IsNaN(_n)) penalty += CountWeight * Math.Abs(stats[0] - _n);
            if (!double.IsNaN(_events)) penalty += CountWeight * Math.Abs(stats[1] - _events);
            foreach (var (index, printed, minimumDecimals, scale) in _cells)
            {
                var value = stats[index];
                if (PrintedAgreement.Agrees(value, printed, minimumDecimals)) continue;
                penalty += !exact && printed.Value is { } v && !double.IsNaN(value) ? 0.6 + 0.4 * Math.Min(1, Math.Abs(value - v) / scale) : 1;
            }
            return _weight * penalty;
        }
    }

    /// <summary>One printed log-rank p: the row group's column and end point.</summary>
    internal sealed class Group(string endpoint, int endpointIndex, string column, PrintedNumber printed)
    {
        private static readonly int PMinimumDecimals = SubgroupSurvivalTable.MinimumDecimals("p");

        public string Endpoint { get; } = endpoint;
        public int EndpointIndex { get; } = endpointIndex;
        public string Column { get; } = column;

        /// <summary>The penalty of the test's p; <paramref name="exact"/>: a miss costs <see cref="PWeight"/>, not less when it is near.</summary>
        public double Penalty(double p, bool exact)
        {
            if (PrintedAgreement.Agrees(p, printed, PMinimumDecimals)) return 0;
            if (exact) return PWeight;
            var distance = Math.Abs(Math.Log10(Math.Max(double.IsNaN(p) ? 1 : p, 1e-6)) - Math.Log10(printed.Value!.Value));
            return PWeight * (0.6 + 0.4 * Math.Min(1, distance));
        }
    }
}
