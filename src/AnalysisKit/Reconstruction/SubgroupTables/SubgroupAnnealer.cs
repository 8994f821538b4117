using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// Simulated annealing over synthetic patients (see <see cref="SubgroupTableReconstruction"/>).
/// Hard constraints hold by construction of the state and the moves: every variable keeps its
/// printed level counts (moves swap levels between two patients), the end points stay coherent
/// (each patient is a progression, a death without progression or censored; progression times
/// are PFS = TTRP, a death is PFS = OS with TTRP censored no later, OS is never before PFS) and
/// the totals of PFS, TTRP and OS events are the printed ones. The objective is the number of
/// printed cells the kit's statistics miss (events weighted 20, p 0.5), each miss softened by its
/// distance so that the search is guided towards the printed value.
/// </summary>
internal sealed class SubgroupAnnealer
{
    private const int Progression = 0, Death = 1, Censored = 2;
    private readonly BaselineSchema _schema;
    private readonly IReadOnlyList<SubgroupSurvivalTable> _tables;
    private readonly Random _random;
    private readonly int _n;
    private readonly Dictionary<string, string[]> _values = new();
    private readonly double[] _pfs, _os, _ttrpCensor;
    private readonly bool[] _osEvent;
    private readonly int[] _kind;
    private readonly double[] _pool;
    private readonly double[] _printedTimes;
    private readonly List<RowRef> _rows = new();
    private readonly List<GroupRef> _groups = new();
    private double[] _rowPenalty = [], _groupPenalty = [];
    private bool _useP;

    private sealed record RowRef(int Table, SubgroupSurvivalRow Row, string? Column);
    private sealed record GroupRef(int Table, string Column, SubgroupSurvivalRow First);

    public SubgroupAnnealer(BaselineSchema schema, IReadOnlyList<SubgroupSurvivalTable> tables, int seed)
    {
        _schema = schema;
        _tables = tables;
        _random = new Random(seed);
        _n = schema.PatientCount;
        _pfs = new double[_n]; _os = new double[_n]; _ttrpCensor = new double[_n];
        _osEvent = new bool[_n]; _kind = new int[_n];

        foreach (var column in schema.Columns) _values[column] = new string[_n];
        foreach (var variable in schema.Variables)
        {
            var levels = variable.Levels.SelectMany(l => Enumerable.Repeat(l.Label, l.Count)).ToArray();
            _random.Shuffle(levels);
            _values[variable.Column] = levels;
        }
        for (var p = 0; p < _n; p++) DeriveFor(p);

        for (var t = 0; t < tables.Count; t++)
        {
            foreach (var row in tables[t].Rows)
            {
                var column = row.RowGroup == ClaimId.AllRowGroup ? null : schema.ColumnOf(row.RowGroup);
                _rows.Add(new RowRef(t, row, column));
                if (column is not null && row.P?.HasValue == true)
                    _groups.Add(new GroupRef(t, column, row));
            }
        }

        var printed = new SortedSet<double>();
        foreach (var table in tables)
            foreach (var row in table.Rows)
                foreach (var c in new[] { row.Median, row.MedianLower, row.MedianUpper })
                    if (c?.Value is { } v) printed.Add(Math.Round(v, 2));
        _printedTimes = printed.ToArray();
        var pool = new SortedSet<double>(printed);
        // Partners of printed medians that are midpoints of two observed times: b = 2m − a.
        foreach (var table in tables)
            foreach (var row in table.Rows)
                if (row.Median?.Value is { } m)
                    foreach (var a in _printedTimes.Where(a => a < m))
                        pool.Add(Math.Round(2 * m - a, 2));
        for (var g = 0.25; g <= 45; g += 0.25) pool.Add(Math.Round(g, 2));
        _pool = pool.Where(v => v > 0 && v <= 45).ToArray();

        InitialiseTimes(tables);
    }

    private void InitialiseTimes(IReadOnlyList<SubgroupSurvivalTable> tables)
    {
        var all = tables.ToDictionary(t => t.Endpoint, t => t.AllPatients!);
        var pfsEvents = (int)all["PFS"].Events!.Value!.Value;
        var ttrpEvents = (int)all["TTRP"].Events!.Value!.Value;
        var osEvents = (int)all["OS"].Events!.Value!.Value;
        var deaths = pfsEvents - ttrpEvents;
        if (deaths < 0 || pfsEvents > _n || osEvents < deaths)
            throw new ArgumentException("The whole-cohort event counts of PFS, TTRP and OS cannot describe coherent patients (PFS events must be at least the TTRP events and at most the OS events plus TTRP events).");
        var order = Enumerable.Range(0, _n).ToArray();
        _random.Shuffle(order);
        var osLeft = osEvents - deaths;
        for (var i = 0; i < _n; i++)
        {
            var p = order[i];
            _kind[p] = i < ttrpEvents ? Progression : i < pfsEvents ? Death : Censored;
            _pfs[p] = _printedTimes[_random.Next(_printedTimes.Length)];
            _os[p] = _pfs[p];
            _ttrpCensor[p] = _pfs[p];
            _osEvent[p] = _kind[p] == Death;
        }
        foreach (var p in order.Where(p => _kind[p] != Death))
        {
            if (osLeft > 0) { _osEvent[p] = true; osLeft--; }
            _os[p] = Larger(_pfs[p]);
        }
        if (osLeft > 0)
            throw new ArgumentException("More OS events are printed than patients who could die.");
    }

    /// <summary>Runs the annealing and returns the patients of the best state seen.</summary>
    public (IReadOnlyList<SyntheticPatient> Patients, double Objective, int Iterations) Run(int iterations, double startTemperature, double endTemperature, bool useP)
    {
        _useP = useP;
        _rowPenalty = _rows.Select(RowPenalty).ToArray();
        _groupPenalty = _groups.Select(g => _useP ? GroupPenalty(g) : 0).ToArray();
        var current = _rowPenalty.Sum() + _groupPenalty.Sum();
        var best = current;
        var bestState = SaveState();
        var cooling = Math.Pow(endTemperature / startTemperature, 1.0 / iterations);
        var temperature = startTemperature;
        for (var it = 0; it < iterations; it++, temperature *= cooling)
        {
            var undo = Propose(out var affectedRows, out var affectedGroups);
            if (undo is null) continue;
            var oldRows = affectedRows.Select(r => _rowPenalty[r]).ToArray();
            var oldGroups = affectedGroups.Select(g => _groupPenalty[g]).ToArray();
            var delta = 0.0;
            foreach (var r in affectedRows) { var v = RowPenalty(_rows[r]); delta += v - _rowPenalty[r]; _rowPenalty[r] = v; }
            foreach (var g in affectedGroups) { var v = GroupPenalty(_groups[g]); delta += v - _groupPenalty[g]; _groupPenalty[g] = v; }
            if (delta <= 0 || _random.NextDouble() < Math.Exp(-delta / temperature))
            {
                current += delta;
                if (current < best - 1e-9)
                {
                    best = current;
                    bestState = SaveState();
                }
                continue;
            }
            undo();
            for (var i = 0; i < affectedRows.Count; i++) _rowPenalty[affectedRows[i]] = oldRows[i];
            for (var i = 0; i < affectedGroups.Count; i++) _groupPenalty[affectedGroups[i]] = oldGroups[i];
        }
        RestoreState(bestState);
        return (Snapshot(), best, iterations);
    }

    private Action? Propose(out List<int> rows, out List<int> groups)
    {
        rows = []; groups = [];
        var u = _random.NextDouble();
        if (u < 0.45) return SwapLevels(rows, groups);
        var p = _random.Next(_n);
        var saved = SaveTimes(p);
        Action undo = () => RestoreTimes(saved);
        var endpoints = new HashSet<string>();
        var swapped = false;
        if (u < 0.62)
        {
            // Directed: a member of a row takes one of the times the row prints (median or CI limit).
            var target = _rows[_random.Next(_rows.Count)];
            var printed = new[] { target.Row.Median, target.Row.MedianLower, target.Row.MedianUpper }
                .Where(c => c?.Value is not null).Select(c => Math.Round(c!.Value!.Value, 2)).ToArray();
            if (printed.Length == 0) return null;
            var v = printed[_random.Next(printed.Length)];
            var members = Enumerable.Range(0, _n).Where(m => target.Column is null || _values[target.Column][m] == target.Row.RowLabel).ToArray();
            p = members[_random.Next(members.Length)];
            saved = SaveTimes(p);
            undo = () => RestoreTimes(saved);
            if (!SetTime(p, _tables[target.Table].Endpoint, v)) { RestoreTimes(saved); return null; }
            endpoints.UnionWith(["PFS", "OS", "TTRP"]);
        }
        else if (u < 0.67)
        {
            var q = _random.Next(_n);
            if (q == p) return null;
            var savedQ = SaveTimes(q);
            (_pfs[p], _pfs[q]) = (_pfs[q], _pfs[p]);
            (_os[p], _os[q]) = (_os[q], _os[p]);
            (_ttrpCensor[p], _ttrpCensor[q]) = (_ttrpCensor[q], _ttrpCensor[p]);
            (_osEvent[p], _osEvent[q]) = (_osEvent[q], _osEvent[p]);
            (_kind[p], _kind[q]) = (_kind[q], _kind[p]);
            undo = () => { RestoreTimes(saved); RestoreTimes(savedQ); };
            endpoints.UnionWith(["PFS", "OS", "TTRP"]);
            swapped = true;
        }
        else if (u < 0.8)
        {
            var v = Sample(_pfs[p]);
            _pfs[p] = v;
            if (_kind[p] == Death) _os[p] = v;
            else if (_os[p] < v) _os[p] = v;
            if (_kind[p] != Progression && _ttrpCensor[p] > v) _ttrpCensor[p] = v;
            endpoints.UnionWith(["PFS", "OS", "TTRP"]);
        }
        else if (u < 0.9)
        {
            if (_kind[p] == Death) return null;
            var v = Sample(_os[p]);
            if (v < _pfs[p]) return null;
            _os[p] = v;
            endpoints.Add("OS");
        }
        else if (u < 0.95)
        {
            if (_kind[p] == Progression) return null;
            var v = Sample(_ttrpCensor[p]);
            if (v > _pfs[p]) return null;
            _ttrpCensor[p] = v;
            endpoints.Add("TTRP");
        }
        else if (u < 0.975)
        {
            var q = _random.Next(_n);
            if (q == p || _kind[p] == Death || _kind[q] == Death || _osEvent[p] == _osEvent[q]) return null;
            (_osEvent[p], _osEvent[q]) = (_osEvent[q], _osEvent[p]);
            undo = () => (_osEvent[p], _osEvent[q]) = (_osEvent[q], _osEvent[p]);
            endpoints.Add("OS");
            swapped = true;
        }
        else
        {
            // A progression becomes a death without progression and a death becomes a progression.
            var q = _random.Next(_n);
            if (_kind[p] != Progression || _kind[q] != Death) return null;
            var savedQ = SaveTimes(q);
            var osEventOfP = _osEvent[p];
            _kind[p] = Death; _os[p] = _pfs[p]; _osEvent[p] = true; _ttrpCensor[p] = Smaller(_pfs[p]);
            _kind[q] = Progression; _osEvent[q] = osEventOfP;
            undo = () => { RestoreTimes(saved); RestoreTimes(savedQ); };
            endpoints.UnionWith(["PFS", "OS", "TTRP"]);
            swapped = true;
        }
        var moved = p;
        for (var r = 0; r < _rows.Count; r++)
        {
            var row = _rows[r];
            if (!endpoints.Contains(_tables[row.Table].Endpoint)) continue;
            if (!swapped && row.Column is not null && _values[row.Column][moved] != row.Row.RowLabel) continue;
            rows.Add(r);
        }
        if (_useP)
            for (var g = 0; g < _groups.Count; g++)
                if (endpoints.Contains(_tables[_groups[g].Table].Endpoint)) groups.Add(g);
        return undo;
    }

    private Action? SwapLevels(List<int> rows, List<int> groups)
    {
        var variable = _schema.Variables[_random.Next(_schema.Variables.Count)];
        var levels = _values[variable.Column];
        var p = _random.Next(_n);
        var q = _random.Next(_n);
        if (levels[p] == levels[q]) return null;
        var dependents = BaselineSchema.Dependents(variable.Column);
        if (!_rows.Any(r => r.Column is not null && dependents.Contains(r.Column))) return null;
        (levels[p], levels[q]) = (levels[q], levels[p]);
        DeriveFor(p); DeriveFor(q);
        for (var r = 0; r < _rows.Count; r++)
            if (_rows[r].Column is { } c && dependents.Contains(c)) rows.Add(r);
        if (_useP)
            for (var g = 0; g < _groups.Count; g++)
                if (dependents.Contains(_groups[g].Column)) groups.Add(g);
        return () => { (levels[p], levels[q]) = (levels[q], levels[p]); DeriveFor(p); DeriveFor(q); };
    }

    /// <summary>Gives patient p the time v on one end point, adjusting the others to stay coherent; false when that cannot be done.</summary>
    private bool SetTime(int p, string endpoint, double v)
    {
        switch (endpoint)
        {
            case "PFS":
                _pfs[p] = v;
                if (_kind[p] == Death || _os[p] < v) _os[p] = v;
                if (_kind[p] != Progression && _ttrpCensor[p] > v) _ttrpCensor[p] = v;
                return true;
            case "OS":
                if (_kind[p] == Death) return SetTime(p, "PFS", v);
                if (v < _pfs[p]) return false;
                _os[p] = v;
                return true;
            default:
                if (_kind[p] == Progression) return SetTime(p, "PFS", v);
                if (v > _pfs[p]) return false;
                _ttrpCensor[p] = v;
                return true;
        }
    }

    private (int P, double Pfs, double Os, double Ttrp, bool OsEvent, int Kind) SaveTimes(int p) =>
        (p, _pfs[p], _os[p], _ttrpCensor[p], _osEvent[p], _kind[p]);

    private void RestoreTimes((int P, double Pfs, double Os, double Ttrp, bool OsEvent, int Kind) s)
    {
        _pfs[s.P] = s.Pfs; _os[s.P] = s.Os; _ttrpCensor[s.P] = s.Ttrp; _osEvent[s.P] = s.OsEvent; _kind[s.P] = s.Kind;
    }

    /// <summary>A new time: a near neighbour in the pool, a printed time, or any pool time.</summary>
    private double Sample(double current)
    {
        var u = _random.NextDouble();
        if (u < 0.5)
        {
            var i = Array.BinarySearch(_pool, current);
            if (i < 0) i = ~i;
            var step = _random.Next(1, 5) * (_random.Next(2) == 0 ? -1 : 1);
            return _pool[Math.Clamp(i + step, 0, _pool.Length - 1)];
        }
        return u < 0.8 ? _printedTimes[_random.Next(_printedTimes.Length)] : _pool[_random.Next(_pool.Length)];
    }

    private double Larger(double t)
    {
        var candidates = _pool.Where(v => v >= t).ToArray();
        return candidates[_random.Next(candidates.Length)];
    }

    private double Smaller(double t)
    {
        var candidates = _pool.Where(v => v <= t).ToArray();
        return candidates.Length == 0 ? t : candidates[_random.Next(candidates.Length)];
    }

    private void DeriveFor(int p)
    {
        var patient = _schema.Variables.ToDictionary(v => v.Column, v => _values[v.Column][p]);
        if (!patient.ContainsKey("Pathology (Table 1)")) return;
        BaselineSchema.Derive(patient);
        foreach (var c in new[] { "Pathology", "ECOG", "Prior treatment", "Tumor nodularity", "Tumor morphology" })
            _values[c][p] = patient[c];
    }

    private (double Time, bool Event) Outcome(int p, string endpoint) => endpoint switch
    {
        "PFS" => (_pfs[p], _kind[p] != Censored),
        "OS" => (_os[p], _osEvent[p]),
        _ => _kind[p] == Progression ? (_pfs[p], true) : (_ttrpCensor[p], false),
    };

    private readonly double[] _time = new double[64];
    private readonly bool[] _died = new bool[64];
    private readonly double[] _stats = new double[11];

    private double RowPenalty(RowRef r)
    {
        var endpoint = _tables[r.Table].Endpoint;
        var count = 0;
        var levels = r.Column is null ? null : _values[r.Column];
        for (var p = 0; p < _n; p++)
        {
            if (levels is not null && levels[p] != r.Row.RowLabel) continue;
            (_time[count], _died[count]) = Outcome(p, endpoint);
            count++;
        }
        FastSubgroupStatistics.Compute(_time, _died, count, _stats);
        var penalty = 0.0;
        foreach (var column in SubgroupSurvivalTable.ValueColumns)
        {
            if (column == "p") continue;
            var printed = r.Row.Cell(column);
            if (printed is null) continue;
            var value = _stats[ColumnIndex(column)];
            if (column is "n" or "events")
            {
                penalty += 20 * Math.Abs(value - printed.Value!.Value);
                continue;
            }
            if (SubgroupStatistics.Agrees(column, printed, value)) continue;
            var scale = column.StartsWith('m') ? 3.0 : 0.15;
            penalty += printed.Value is { } v && !double.IsNaN(value) ? 0.6 + 0.4 * Math.Min(1, Math.Abs(value - v) / scale) : 1;
        }
        return penalty;
    }

    private static int ColumnIndex(string column) => column switch
    {
        "n" => 0, "events" => 1, "median" => 2, "median_lower" => 3, "median_upper" => 4,
        "s12" => 5, "s12_lower" => 6, "s12_upper" => 7, "s24" => 8, "s24_lower" => 9, _ => 10,
    };

    private double GroupPenalty(GroupRef g)
    {
        var endpoint = _tables[g.Table].Endpoint;
        var time = new double[_n];
        var died = new bool[_n];
        for (var p = 0; p < _n; p++) (time[p], died[p]) = Outcome(p, endpoint);
        var value = SubgroupStatistics.LogRankP(time, died, _values[g.Column]);
        var printed = g.First.P!;
        if (SubgroupStatistics.Agrees("p", printed, value)) return 0;
        var distance = Math.Abs(Math.Log10(Math.Max(value, 1e-6)) - Math.Log10(printed.Value!.Value));
        return 0.5 * (0.6 + 0.4 * Math.Min(1, distance));
    }

    private (Dictionary<string, string[]> Values, double[] Pfs, double[] Os, double[] Ttrp, bool[] OsEvent, int[] Kind) SaveState() =>
        (_values.ToDictionary(kv => kv.Key, kv => (string[])kv.Value.Clone()),
            (double[])_pfs.Clone(), (double[])_os.Clone(), (double[])_ttrpCensor.Clone(), (bool[])_osEvent.Clone(), (int[])_kind.Clone());

    private void RestoreState((Dictionary<string, string[]> Values, double[] Pfs, double[] Os, double[] Ttrp, bool[] OsEvent, int[] Kind) state)
    {
        foreach (var (column, levels) in state.Values) levels.CopyTo(_values[column], 0);
        state.Pfs.CopyTo(_pfs, 0); state.Os.CopyTo(_os, 0); state.Ttrp.CopyTo(_ttrpCensor, 0);
        state.OsEvent.CopyTo(_osEvent, 0); state.Kind.CopyTo(_kind, 0);
    }

    private IReadOnlyList<SyntheticPatient> Snapshot()
    {
        var patients = new List<SyntheticPatient>(_n);
        for (var p = 0; p < _n; p++)
        {
            var baseline = _schema.Columns.ToDictionary(c => c, c => _values[c][p]);
            var ttrp = Outcome(p, "TTRP");
            patients.Add(new SyntheticPatient(p + 1, baseline, _pfs[p], _kind[p] != Censored, _os[p], _osEvent[p], ttrp.Time, ttrp.Event));
        }
        return patients;
    }
}
