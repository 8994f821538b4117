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

    private static readonly string[] EndpointNames = ["PFS", "OS", "TTRP"];

    /// <summary>The rows and tests of a trial's subgroup tables; row members are empty until the caller sets them.</summary>
    public static (Row[] Rows, Group[] Groups) Build(BaselineSchema schema, IReadOnlyList<SubgroupSurvivalTable> tables)
    {
        var rows = new List<Row>();
        var groups = new List<Group>();
        foreach (var table in tables)
        {
            var endpoint = Array.IndexOf(EndpointNames, table.Endpoint);
            if (endpoint < 0) throw new ArgumentException($"The subgroup table {table.Table} is of '{table.Endpoint}', not PFS, OS or TTRP.", nameof(tables));
            foreach (var row in table.Rows)
            {
                var column = row.RowGroup == ClaimId.AllRowGroup ? null : schema.ColumnOf(row.RowGroup)
                    ?? throw new ArgumentException($"No patient column holds the row group '{row.RowGroup}' of {table.Table}.", nameof(schema));
                rows.Add(new Row(table.Endpoint, endpoint, column, row));
                if (column is not null && row.P?.Value is not null)
                    groups.Add(new Group(table.Endpoint, endpoint, column, row.P));
            }
        }
        return (rows.ToArray(), groups.ToArray());
    }

    /// <summary>One printed row: its patients (a bit set) and the cells it prints.</summary>
    internal sealed class Row
    {
        private static readonly string[] StatisticColumns =
            ["median", "median_lower", "median_upper", "s12", "s12_lower", "s12_upper", "s24", "s24_lower", "s24_upper"];
        private readonly (int Index, string Column, PrintedNumber Printed, double Scale)[] _cells;
        private readonly double _n, _events, _weight;

        public Row(string endpoint, int endpointIndex, string? column, SubgroupSurvivalRow row)
        {
            Endpoint = endpoint;
            EndpointIndex = endpointIndex;
            Column = column;
            Label = row.RowLabel;
            _weight = column is null ? WholeCohortWeight : 1;
            _n = row.N?.Value ?? double.NaN;
            _events = row.Events?.Value ?? double.NaN;
            _cells = StatisticColumns
                .Select((c, k) => (Index: k + 2, Column: c, Printed: row.Cell(c), Scale: c.StartsWith('m') ? 3.0 : 0.15))
                .Where(c => c.Printed is not null)
                .Select(c => (c.Index, c.Column, c.Printed!, c.Scale))
                .ToArray();
            PrintedTimes = new[] { row.Median, row.MedianLower, row.MedianUpper }
                .Where(c => c?.Value is not null).Select(c => Math.Round(c!.Value!.Value, 2)).ToArray();
            PrintedMedian = row.Median?.Value is { } m ? Math.Round(m, 2) : null;
        }

        public string Endpoint { get; }
        public int EndpointIndex { get; }
        public string? Column { get; }
        public string Label { get; }

        /// <summary>Bit p is set when patient p belongs to the row.</summary>
        public ulong Members { get; private set; }

        /// <summary>The printed median and CI limits at two decimals: times some member must have.</summary>
        public double[] PrintedTimes { get; }

        public double? PrintedMedian { get; }

        public void SetMember(int patient, bool member) =>
            Members = member ? Members | (1UL << patient) : Members & ~(1UL << patient);

        /// <summary>The penalty of the row's n and events cells alone, at a given weight per patient of difference.</summary>
        public double CountPenalty(int members, int events, double weight) =>
            (double.IsNaN(_n) ? 0 : weight * Math.Abs(members - _n)) + (double.IsNaN(_events) ? 0 : weight * Math.Abs(events - _events));

        /// <summary>The penalty of the row's statistics (in <c>FastSubgroupStatistics</c> order); <paramref name="exact"/>: each missed cell costs 1, not less when it is near.</summary>
        public double Penalty(double[] stats, bool exact)
        {
            var penalty = 0.0;
            if (!double.IsNaN(_n)) penalty += CountWeight * Math.Abs(stats[0] - _n);
            if (!double.IsNaN(_events)) penalty += CountWeight * Math.Abs(stats[1] - _events);
            foreach (var (index, column, printed, scale) in _cells)
            {
                var value = stats[index];
                if (SubgroupStatistics.Agrees(column, printed, value)) continue;
                penalty += !exact && printed.Value is { } v && !double.IsNaN(value) ? 0.6 + 0.4 * Math.Min(1, Math.Abs(value - v) / scale) : 1;
            }
            return _weight * penalty;
        }
    }

    /// <summary>One printed log-rank p: the row group's column and end point.</summary>
    internal sealed class Group(string endpoint, int endpointIndex, string column, PrintedNumber printed)
    {
        public string Endpoint { get; } = endpoint;
        public int EndpointIndex { get; } = endpointIndex;
        public string Column { get; } = column;

        /// <summary>The penalty of the test's p; <paramref name="exact"/>: a miss costs <see cref="PWeight"/>, not less when it is near.</summary>
        public double Penalty(double p, bool exact)
        {
            if (SubgroupStatistics.Agrees("p", printed, p)) return 0;
            if (exact) return PWeight;
            var distance = Math.Abs(Math.Log10(Math.Max(double.IsNaN(p) ? 1 : p, 1e-6)) - Math.Log10(printed.Value!.Value));
            return PWeight * (0.6 + 0.4 * Math.Min(1, distance));
        }
    }
}
