using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// Simulated annealing over synthetic patients (see <see cref="SubgroupTableReconstruction"/>).
/// Every patient carries three latent outcomes, named here after their usual endpoints: PFS
/// (progression or death), OS (death) and TTRP (progression, death censoring it); each table
/// scores the one its <see cref="TableEndpoints"/> event names. Hard constraints hold by
/// construction of the state and the moves: every variable keeps its printed level counts (moves
/// swap levels between two patients), the outcomes stay coherent (each patient is a progression,
/// a death without progression or censored; progression times are PFS = TTRP, a death is PFS =
/// OS with TTRP censored no later, OS is never before PFS) and the printed whole-cohort event
/// totals hold. The objective is the number of
/// printed cells the kit's statistics miss, each miss softened by its distance so that the
/// search is guided towards the printed value (weights in <see cref="SubgroupObjective"/>); the
/// search runs in stages (see <see cref="Open"/>). Rows are bit sets of patients and each end
/// point keeps its patients in time order, so a move re-evaluates only the rows and tests it can
/// change; the log-rank p of a row group is <see cref="FastLogRank"/>.
/// </summary>
internal sealed class SubgroupAnnealer
{
    private const int Progression = 0, Death = 1, Censored = 2;
    private const int Pfs = TableEndpoints.ProgressionOrDeath, Os = TableEndpoints.Death, Ttrp = TableEndpoints.Progression;

    private readonly BaselineSchema _schema;
    private readonly Random _random;
    private readonly int _n;
    private readonly Dictionary<string, string[]> _values = new();
    private readonly double[] _pfs, _os, _ttrpCensor;
    private readonly bool[] _osEvent;
    private readonly int[] _kind;
    private readonly double[][] _time = new double[3][];
    private readonly bool[][] _died = new bool[3][];
    private readonly int[][] _order = new int[3][];
    private readonly PatientSet[] _diedMask = new PatientSet[3];
    private readonly TableEndpoints _endpointTables;
    private readonly double[] _pool;
    private readonly double[] _printedTimes;
    private readonly SubgroupObjective.Row[] _rows;
    private readonly SubgroupObjective.Group[] _groups;
    private readonly int[][] _rowsOfEndpoint = new int[3][];
    private readonly LandmarkOrders.Allowed[][] _landmarkOrders = new LandmarkOrders.Allowed[3][];
    private readonly char[] _orderText;
    private readonly int[][] _groupsOfEndpoint = new int[3][];
    private readonly Dictionary<string, int[]> _rowsOfColumn = new();
    private readonly Dictionary<string, int[]> _groupsOfColumn = new();
    private readonly Dictionary<string, int[]> _codes = new();
    private readonly Dictionary<string, Dictionary<string, int>> _codeOf = new();
    private readonly int[] _directed;
    private double[] _rowPenalty = [], _groupPenalty = [];
    private readonly double[] _oldRowPenalty, _oldGroupPenalty;
    private readonly int[] _rowStamp, _groupStamp;
    private int _stamp;
    private bool _useP;

    // The last stage counts each miss exactly, however near (see SubgroupObjective).
    private bool _exact;

    // The end points whose statistic cells count (bit e for end point e); the others count only
    // their n and events cells (the stage's AnnealingStage.Endpoints).
    private int _endpoints = AllEndpoints;
    private const int AllEndpoints = 0b111;
    private readonly int _pfsEvents, _ttrpEvents, _osEvents;

    // Whether a table scores each outcome; an outcome none scores keeps no fixed total, and a
    // patient may change kind or OS status alone as long as every printed total holds.
    private readonly bool _pfsScored, _osScored, _ttrpScored;

    // What the current stage scores (AnnealingStage.Scoring), and the scoring penalties were last
    // computed for (a stage that scores as the one before goes on from its penalties).
    private int _scoring = TablesScoring;
    private const int CountsScoring = 0, CohortScoring = 1, TablesScoring = 2;
    private (int Scoring, int Endpoints, bool LogRank, bool Exact)? _scored;

    // The current stage's moves: cumulative weights (the last is the total), move names and options.
    private double[] _moveBounds = [];
    private StageMove[] _moves = [];

    // Undo record of the last move: up to two patients' times, or one level swap.
    private readonly (int P, double Pfs, double Os, double Ttrp, bool OsEvent, int Kind)[] _saved = new (int, double, double, double, bool, int)[2];
    private int _savedCount;
    private string? _swapColumn;
    private int _swapP, _swapQ;
    private readonly List<int> _affectedRows = new(256), _affectedGroups = new(128);

    public SubgroupAnnealer(BaselineSchema schema, TableEndpoints endpoints, IReadOnlyList<LandmarkOrders.Allowed> landmarkOrders, TimeGrid grid, int seed)
    {
        _schema = schema;
        _endpointTables = endpoints;
        _random = new Random(seed);
        _n = schema.PatientCount;
        if (_n > MostPatients)
            throw new ArgumentException($"The subgroup-table reconstruction handles at most {MostPatients} patients; the tables describe {_n}.", nameof(schema));
        _pfs = new double[_n]; _os = new double[_n]; _ttrpCensor = new double[_n];
        _osEvent = new bool[_n]; _kind = new int[_n];
        _orderText = new char[_n];
        _bufferTime = new double[_n];
        _bufferDied = new bool[_n];
        for (var e = 0; e < 3; e++)
        {
            _time[e] = new double[_n];
            _died[e] = new bool[_n];
            _order[e] = Enumerable.Range(0, _n).ToArray();
            _diedMask[e] = new PatientSet(_n);
        }

        foreach (var column in schema.Columns) _values[column] = new string[_n];
        foreach (var variable in schema.Variables)
            _values[variable.Column] = variable.Levels.SelectMany(l => Enumerable.Repeat(l.Label, l.Count)).ToArray();
        ShuffleLevels();

        (_rows, _groups) = SubgroupObjective.Build(schema, endpoints);
        _stats = new double[5 + 3 * _rows.Max(r => r.Landmarks.Length)];
        for (var e = 0; e < 3; e++)
        {
            var outcome = e;
            var name = endpoints.NameOf(e);
            _landmarkOrders[e] = landmarkOrders.Where(o => o.Endpoint == name && o.Orders.Count > 0).ToArray();
            _rowsOfEndpoint[e] = Enumerable.Range(0, _rows.Length).Where(r => _rows[r].EndpointIndex == outcome).ToArray();
            _groupsOfEndpoint[e] = Enumerable.Range(0, _groups.Length).Where(g => _groups[g].EndpointIndex == outcome).ToArray();
        }
        foreach (var column in schema.Columns)
        {
            _rowsOfColumn[column] = Enumerable.Range(0, _rows.Length).Where(r => _rows[r].Column == column).ToArray();
            _groupsOfColumn[column] = Enumerable.Range(0, _groups.Length).Where(g => _groups[g].Column == column).ToArray();
            _codeOf[column] = new Dictionary<string, int>();
            _codes[column] = new int[_n];
        }
        IndexLevels();
        _directed = Enumerable.Range(0, _rows.Length).Where(r => _rows[r].PrintedTimes.Length > 0).ToArray();
        _oldRowPenalty = new double[_rows.Length];
        _oldGroupPenalty = new double[_groups.Length];
        _rowStamp = new int[_rows.Length];
        _groupStamp = new int[_groups.Length];

        var printed = new SortedSet<double>(_rows.SelectMany(r => r.PrintedTimes));
        _printedTimes = printed.ToArray();
        var pool = new SortedSet<double>(printed);
        // Partners of printed medians that are midpoints of two observed times: b = 2m − a.
        foreach (var m in _rows.Where(r => r.PrintedMedian is not null).Select(r => r.PrintedMedian!.Value))
            foreach (var a in _printedTimes.Where(a => a < m))
                pool.Add(Math.Round(2 * m - a, 2));
        foreach (var g in grid.Times()) pool.Add(g);
        _pool = pool.Where(v => v > 0 && v <= grid.End).ToArray();

        (_pfsScored, _osScored, _ttrpScored) = (endpoints.TableOf(Pfs) is not null, endpoints.TableOf(Os) is not null, endpoints.TableOf(Ttrp) is not null);
        (_pfsEvents, _ttrpEvents, _osEvents) = StartingTotals(endpoints, _n);
        InitialiseTimes();
    }

    /// <summary>The most patients the search handles.</summary>
    public const int MostPatients = FastSubgroupStatistics.MostPatients;

    /// <summary>
    /// The whole-cohort totals of progression-or-death, progression and death events the search
    /// starts from: the printed ones, and for an outcome no table prints the fewest that agree
    /// with the others (every progression-or-death event a progression when no table prints
    /// progression; no death without progression when none prints progression-or-death; every
    /// death without progression an OS death).
    /// </summary>
    /// <exception cref="ArgumentException">The printed totals cannot describe coherent patients.</exception>
    private static (int Pfs, int Ttrp, int Os) StartingTotals(TableEndpoints endpoints, int n)
    {
        var ttrp = endpoints.EventTotal(Ttrp);
        var pfs = endpoints.EventTotal(Pfs);
        var os = endpoints.EventTotal(Os);
        var progressions = ttrp ?? pfs ?? 0;
        var pfsEvents = pfs ?? progressions;
        var osEvents = os ?? pfsEvents - progressions;
        foreach (var (outcome, total) in new[] { (Pfs, pfs), (Ttrp, ttrp), (Os, os) })
            if (total is { } t && (t < 0 || t > n))
                throw new ArgumentException($"{endpoints.TableOf(outcome)!.Table} ({endpoints.NameOf(outcome)}) prints {t} events among {n} patients.");
        if (pfsEvents < progressions)
            throw new ArgumentException(
                $"{endpoints.NameOf(Pfs)} prints {pfsEvents} events and {endpoints.NameOf(Ttrp)} {progressions}: every progression is also a progression-or-death event, so there cannot be fewer of those.");
        if (osEvents < pfsEvents - progressions)
            throw new ArgumentException(
                $"{endpoints.NameOf(Os)} prints {osEvents} deaths, fewer than the {pfsEvents - progressions} deaths without progression that {endpoints.NameOf(Pfs)} ({pfsEvents} events) and {endpoints.NameOf(Ttrp)} ({progressions} progressions) imply.");
        return (pfsEvents, progressions, osEvents);
    }

    /// <summary>Deals every variable's printed levels to the patients at random.</summary>
    private void ShuffleLevels()
    {
        foreach (var variable in _schema.Variables) _random.Shuffle(_values[variable.Column]);
        for (var p = 0; p < _n; p++) DeriveFor(p);
    }

    /// <summary>Random coherent times from the printed ones, with the printed whole-cohort event totals.</summary>
    private void InitialiseTimes()
    {
        var (pfsEvents, ttrpEvents, osEvents) = (_pfsEvents, _ttrpEvents, _osEvents);
        var deaths = pfsEvents - ttrpEvents;
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
        for (var p = 0; p < _n; p++) Sync(p);
        for (var e = 0; e < 3; e++) Reorder(e);
    }

    /// <summary>New random coherent times from the printed ones; every patient keeps their kind of outcome and OS status.</summary>
    private void RandomiseTimes()
    {
        for (var p = 0; p < _n; p++)
        {
            _pfs[p] = _printedTimes[_random.Next(_printedTimes.Length)];
            _os[p] = _kind[p] == Death ? _pfs[p] : Larger(_pfs[p]);
            _ttrpCensor[p] = _pfs[p];
        }
        for (var p = 0; p < _n; p++) Sync(p);
        for (var e = 0; e < 3; e++) Reorder(e);
    }

    /// <summary>
    /// Runs the stages every chain runs (the leading stages with <see cref="AnnealingStage.EveryChain"/>)
    /// and returns the objective after the last of them, by which the chains that go on are chosen.
    /// </summary>
    /// <param name="schedule">The stages and their mixes of moves.</param>
    /// <param name="startTemperature">Starting temperature of the annealing (stages scale it).</param>
    /// <param name="endTemperature">Final temperature of the annealing (stages scale it).</param>
    /// <param name="stageEnded">Called with the stage's index in the schedule and its objective as each stage ends; null for none.</param>
    public double Open(AnnealingSchedule schedule, double startTemperature, double endTemperature, Action<int, double>? stageEnded = null)
    {
        var objective = double.NaN;
        var stages = schedule.Stages;
        for (var i = 0; i < stages.Count && stages[i].EveryChain; i++)
        {
            objective = RunStage(stages[i], schedule.MovesOf(stages[i]), startTemperature, endTemperature);
            stageEnded?.Invoke(i, objective);
        }
        return objective;
    }

    /// <summary>Runs the stages after those of <see cref="Open"/> (which must have run) and returns the patients of the best state seen with the last stage's objective.</summary>
    /// <param name="schedule">The stages and their mixes of moves.</param>
    /// <param name="startTemperature">Starting temperature of the annealing (stages scale it).</param>
    /// <param name="endTemperature">Final temperature of the annealing (stages scale it).</param>
    /// <param name="stageEnded">Called with the stage's index in the schedule and its objective as each stage ends; null for none.</param>
    public (IReadOnlyList<SyntheticPatient> Patients, double Objective) Close(AnnealingSchedule schedule, double startTemperature, double endTemperature, Action<int, double>? stageEnded = null)
    {
        var objective = double.NaN;
        var stages = schedule.Stages;
        for (var i = stages.TakeWhile(s => s.EveryChain).Count(); i < stages.Count; i++)
        {
            objective = RunStage(stages[i], schedule.MovesOf(stages[i]), startTemperature, endTemperature);
            stageEnded?.Invoke(i, objective);
        }
        return (Snapshot(), objective);
    }

    /// <summary>
    /// One stage: sets what it scores and its moves, then anneals (restarting as the stage says, or
    /// once per variable); a stage with nothing to do here (its endpoints printed by no table, or
    /// every move useless) leaves the patients as they are. Returns the objective it ends with.
    /// </summary>
    private double RunStage(AnnealingStage stage, IReadOnlyList<StageMove> moves, double startTemperature, double endTemperature)
    {
        var endpoints = stage.Endpoints is null ? AllEndpoints : stage.Endpoints.Aggregate(0, (mask, e) => mask | 1 << OutcomeOf(e));
        var scoring = stage.Scoring switch { "counts" => CountsScoring, "whole_cohort" => CohortScoring, _ => TablesScoring };
        var printed = (_pfsScored ? 1 << Pfs : 0) | (_osScored ? 1 << Os : 0) | (_ttrpScored ? 1 << Ttrp : 0);
        SetMoves(moves);
        if ((scoring == TablesScoring && (endpoints & printed) == 0) || (!stage.EachVariable && (_moveBounds.Length == 0 || _moveBounds[^1] <= 0)))
            return _scored is null ? double.NaN : _rowPenalty.Sum() + _groupPenalty.Sum();
        (_scoring, _endpoints, _useP, _exact) = (scoring, endpoints, stage.LogRank, stage.Exact);
        var t0 = stage.Temperature ?? stage.StartTemperature * startTemperature;
        var t1 = stage.Temperature ?? stage.EndTemperature * endTemperature;
        if (stage.EachVariable)
        {
            RecomputeIfScoringChanged();
            var objective = double.NaN;
            foreach (var variable in _schema.Variables)
            {
                objective = Anneal(stage.Iterations, t0, t1, stage.StopAtZero, () =>
                {
                    _affectedRows.Clear(); _affectedGroups.Clear(); _stamp++; _savedCount = 0; _swapColumn = null;
                    return SwapLevels(variable);
                });
            }
            return objective;
        }
        if (stage.Restart == "times")
        {
            // Each run from new random times; the best run is kept.
            var best = double.PositiveInfinity;
            var bestState = SaveState();
            for (var attempt = 0; attempt < stage.Attempts && best > 1e-9; attempt++)
            {
                if (attempt > 0) RandomiseTimes();
                ResetPenalties();
                var run = Anneal(stage.Iterations, t0, t1, stage.StopAtZero);
                if (run < best)
                {
                    best = run;
                    bestState = SaveState();
                }
            }
            RestoreState(bestState);
            return best;
        }
        RecomputeIfScoringChanged();
        var result = Anneal(stage.Iterations, t0, t1, stage.StopAtZero);
        for (var attempt = 1; attempt < stage.Attempts && result > 1e-9; attempt++)
        {
            // Each run from new random levels and kinds of outcome; the last run is kept.
            ShuffleLevels();
            IndexLevels();
            InitialiseTimes();
            ResetPenalties();
            result = Anneal(stage.Iterations, t0, t1, stage.StopAtZero);
        }
        return result;
    }

    /// <summary>The outcome index of an endpoint event name (<c>progression</c> …).</summary>
    private static int OutcomeOf(string endpointEvent) => EndpointEvents.Parse(endpointEvent) switch
    {
        EndpointEvent.ProgressionOrDeath => Pfs,
        EndpointEvent.Death => Os,
        _ => Ttrp,
    };

    /// <summary>
    /// The stage's moves as cumulative weights; a move that acts only on an outcome no table
    /// prints (progression censoring without a progression table, death times and statuses
    /// without a death table) weighs nothing here.
    /// </summary>
    private void SetMoves(IReadOnlyList<StageMove> moves)
    {
        _moves = moves.ToArray();
        _moveBounds = new double[_moves.Length];
        var total = 0.0;
        for (var i = 0; i < _moves.Length; i++)
        {
            var useless = _moves[i].Move switch
            {
                AnnealingMoves.ExchangeProgressionCensorings or AnnealingMoves.ResampleProgressionCensoring => !_ttrpScored,
                AnnealingMoves.ExchangeDeathTimes or AnnealingMoves.ResampleDeathTime or AnnealingMoves.ExchangeDeathStatus => !_osScored,
                _ => false,
            };
            total += useless ? 0 : _moves[i].Weight;
            _moveBounds[i] = total;
        }
    }

    /// <summary>Recomputes every penalty unless they were last computed for what the current stage scores.</summary>
    private void RecomputeIfScoringChanged()
    {
        if (_scored != (_scoring, _endpoints, _useP, _exact)) ResetPenalties();
    }

    private void ResetPenalties()
    {
        _scored = (_scoring, _endpoints, _useP, _exact);
        _rowPenalty = Enumerable.Range(0, _rows.Length).Select(RowPenalty).ToArray();
        _groupPenalty = Enumerable.Range(0, _groups.Length).Select(g => _useP ? GroupPenalty(g) : 0).ToArray();
    }

    /// <summary>Geometric cooling from the start to the end temperature; leaves the best state seen in place and returns its objective.</summary>
    private double Anneal(int iterations, double startTemperature, double endTemperature, bool stopAtZero, Func<bool>? move = null)
    {
        move ??= Propose;
        var current = _rowPenalty.Sum() + _groupPenalty.Sum();
        var best = current;
        var bestState = SaveState();
        var cooling = Math.Pow(endTemperature / startTemperature, 1.0 / Math.Max(1, iterations));
        var temperature = startTemperature;
        for (var it = 0; it < iterations && !(stopAtZero && best < 1e-9); it++, temperature *= cooling)
        {
            if (!move()) continue;
            var delta = 0.0;
            foreach (var r in _affectedRows)
            {
                _oldRowPenalty[r] = _rowPenalty[r];
                var v = RowPenalty(r);
                delta += v - _rowPenalty[r];
                _rowPenalty[r] = v;
            }
            foreach (var g in _affectedGroups)
            {
                _oldGroupPenalty[g] = _groupPenalty[g];
                var v = GroupPenalty(g);
                delta += v - _groupPenalty[g];
                _groupPenalty[g] = v;
            }
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
            Undo();
            foreach (var r in _affectedRows) _rowPenalty[r] = _oldRowPenalty[r];
            foreach (var g in _affectedGroups) _groupPenalty[g] = _oldGroupPenalty[g];
        }
        RestoreState(bestState);
        return best;
    }

    /// <summary>Makes a random move of the stage and lists the rows and tests it can change; false when the move was not possible (nothing changed).</summary>
    private bool Propose()
    {
        _affectedRows.Clear();
        _affectedGroups.Clear();
        _stamp++;
        _savedCount = 0;
        _swapColumn = null;
        var u = _random.NextDouble() * _moveBounds[^1];
        var k = 0;
        while (k < _moves.Length - 1 && u >= _moveBounds[k]) k++;
        var move = _moves[k];
        if (move.Move == AnnealingMoves.SwapLevels) return SwapLevels();
        var p = _random.Next(_n);
        var q = _random.Next(_n);
        var moved = move.Move switch
        {
            AnnealingMoves.DirectedTime => DirectedTime(),
            AnnealingMoves.ExchangePatientsTimes => ExchangePatientsTimes(p, q),
            AnnealingMoves.ExchangeFirstEventTimes => ExchangeFirstEventTimes(p, q),
            AnnealingMoves.ExchangeDeathTimes => ExchangeDeathTimes(p, q, move.SameStatus),
            AnnealingMoves.ExchangeProgressionCensorings => ExchangeProgressionCensorings(p, q),
            AnnealingMoves.ResampleFirstEventTime => ResampleFirstEventTime(p),
            AnnealingMoves.ResampleDeathTime => ResampleDeathTime(p),
            AnnealingMoves.ResampleProgressionCensoring => ResampleProgressionCensoring(p, move.Earlier),
            AnnealingMoves.ExchangeDeathStatus => ExchangeDeathStatus(p, q),
            _ => ChangeKind(p) || ExchangeKinds(p, q),
        };
        if (!moved) return false;
        var changed = false;
        for (var i = 0; i < _savedCount; i++) changed |= Apply(_saved[i].P);
        return changed;
    }

    /// <summary>A member of a row that prints times takes one of them (median or CI limit) on the row's endpoint.</summary>
    private bool DirectedTime()
    {
        var target = _rows[_directed[_random.Next(_directed.Length)]];
        var v = target.PrintedTimes[_random.Next(target.PrintedTimes.Length)];
        var p = target.Members.RandomMember(_random);
        Save(p);
        if (SetTime(p, target.EndpointIndex, v)) return true;
        Undo();
        return false;
    }

    /// <summary>Two patients exchange all their times: the whole-cohort curves stay as they are.</summary>
    private bool ExchangePatientsTimes(int p, int q)
    {
        if (q == p) return false;
        Save(p); Save(q);
        (_pfs[p], _pfs[q]) = (_pfs[q], _pfs[p]);
        (_os[p], _os[q]) = (_os[q], _os[p]);
        (_ttrpCensor[p], _ttrpCensor[q]) = (_ttrpCensor[q], _ttrpCensor[p]);
        (_osEvent[p], _osEvent[q]) = (_osEvent[q], _osEvent[p]);
        (_kind[p], _kind[q]) = (_kind[q], _kind[p]);
        return true;
    }

    /// <summary>Two patients of the same kind exchange their PFS (with TTRP for progressions, OS for deaths).</summary>
    private bool ExchangeFirstEventTimes(int p, int q)
    {
        if (q == p || _kind[p] != _kind[q] || _kind[p] == Censored) return false;
        if (_kind[p] == Progression && (_os[p] < _pfs[q] || _os[q] < _pfs[p])) return false;
        if (_kind[p] == Death && (_ttrpCensor[p] > _pfs[q] || _ttrpCensor[q] > _pfs[p])) return false;
        Save(p); Save(q);
        (_pfs[p], _pfs[q]) = (_pfs[q], _pfs[p]);
        if (_kind[p] == Death) (_os[p], _os[q]) = (_os[q], _os[p]);
        return true;
    }

    /// <summary>Two patients who did not die before progression exchange their OS (time and event), when asked only if their events agree.</summary>
    private bool ExchangeDeathTimes(int p, int q, bool sameStatus)
    {
        if (q == p || _kind[p] == Death || _kind[q] == Death || _os[q] < _pfs[p] || _os[p] < _pfs[q]) return false;
        if (sameStatus && _osEvent[p] != _osEvent[q]) return false;
        Save(p); Save(q);
        (_os[p], _os[q]) = (_os[q], _os[p]);
        (_osEvent[p], _osEvent[q]) = (_osEvent[q], _osEvent[p]);
        return true;
    }

    /// <summary>Two patients without progression exchange their TTRP censoring times.</summary>
    private bool ExchangeProgressionCensorings(int p, int q)
    {
        if (q == p || _kind[p] == Progression || _kind[q] == Progression || _ttrpCensor[q] > _pfs[p] || _ttrpCensor[p] > _pfs[q]) return false;
        Save(p); Save(q);
        (_ttrpCensor[p], _ttrpCensor[q]) = (_ttrpCensor[q], _ttrpCensor[p]);
        return true;
    }

    /// <summary>A new PFS time; the other end points follow where coherence needs.</summary>
    private bool ResampleFirstEventTime(int p)
    {
        Save(p);
        SetTime(p, Pfs, Sample(_pfs[p]));
        return true;
    }

    /// <summary>A new OS time for a patient who did not die before progression, not before PFS.</summary>
    private bool ResampleDeathTime(int p)
    {
        if (_kind[p] == Death) return false;
        var v = Sample(_os[p]);
        if (v < _pfs[p]) return false;
        Save(p);
        _os[p] = v;
        return true;
    }

    /// <summary>A new TTRP censoring for a patient without progression: with probability <paramref name="earlier"/> any earlier pool time, otherwise a sampled one, never after PFS.</summary>
    private bool ResampleProgressionCensoring(int p, double earlier)
    {
        if (_kind[p] == Progression) return false;
        var v = earlier >= 1 || (earlier > 0 && _random.NextDouble() < earlier) ? Smaller(_pfs[p]) : Sample(_ttrpCensor[p]);
        if (v > _pfs[p]) return false;
        Save(p);
        _ttrpCensor[p] = v;
        return true;
    }

    /// <summary>Two patients who did not die before progression exchange their OS status; where no table prints the deaths, one patient's status changes alone.</summary>
    private bool ExchangeDeathStatus(int p, int q)
    {
        if (!_osScored && _kind[p] != Death)
        {
            Save(p);
            _osEvent[p] = !_osEvent[p];
            return true;
        }
        if (q == p || _kind[p] == Death || _kind[q] == Death || _osEvent[p] == _osEvent[q]) return false;
        Save(p); Save(q);
        (_osEvent[p], _osEvent[q]) = (_osEvent[q], _osEvent[p]);
        return true;
    }

    /// <summary>A progression becomes a death without progression and a death becomes a progression.</summary>
    private bool ExchangeKinds(int p, int q)
    {
        if (_kind[p] != Progression || _kind[q] != Death) return false;
        Save(p); Save(q);
        var osEventOfP = _osEvent[p];
        _kind[p] = Death; _os[p] = _pfs[p]; _osEvent[p] = true; _ttrpCensor[p] = Smaller(_pfs[p]);
        _kind[q] = Progression; _osEvent[q] = osEventOfP;
        return true;
    }

    /// <summary>
    /// Changes patient p's kind of outcome alone when no printed total fixes the count of either
    /// kind (a progression and a death without progression are both progression-or-death events;
    /// a death without progression and a censoring are both progression censorings); false when
    /// no such change is open to p. A new death without progression dies at its PFS time, which
    /// needs an OS death to spare when the deaths are printed.
    /// </summary>
    private bool ChangeKind(int p)
    {
        int to;
        if (_kind[p] == Progression && !_ttrpScored && (_osEvent[p] || !_osScored)) to = Death;
        else if (_kind[p] == Death && !_ttrpScored) to = Progression;
        else if (_kind[p] == Death && !_pfsScored) to = Censored;
        else if (_kind[p] == Censored && !_pfsScored && (_osEvent[p] || !_osScored)) to = Death;
        else if (_kind[p] == Progression && !_pfsScored && !_ttrpScored) to = Censored;
        else if (_kind[p] == Censored && !_pfsScored && !_ttrpScored) to = Progression;
        else return false;
        Save(p);
        if (to == Death)
        {
            _os[p] = _pfs[p];
            _osEvent[p] = true;
            if (_ttrpCensor[p] > _pfs[p]) _ttrpCensor[p] = _pfs[p];
        }
        else if (_kind[p] == Progression) _ttrpCensor[p] = _pfs[p];
        _kind[p] = to;
        return true;
    }

    /// <summary>Brings a moved patient's outcomes and time orders up to date and lists the rows and tests that hold it on a changed end point.</summary>
    private bool Apply(int p)
    {
        var changed = false;
        for (var e = 0; e < 3; e++)
        {
            var (time, died) = Outcome(p, e);
            if (time == _time[e][p] && died == _died[e][p]) continue;
            changed = true;
            var moved = time != _time[e][p];
            _time[e][p] = time;
            _died[e][p] = died;
            _diedMask[e].Set(p, died);
            if (moved) Reorder(e);
            foreach (var r in _rowsOfEndpoint[e])
                if (_rows[r].Members.Contains(p)) AddRow(r);
            if (_useP)
                foreach (var g in _groupsOfEndpoint[e]) AddGroup(g);
        }
        return changed;
    }

    private bool SwapLevels() => SwapLevels(_schema.Variables[_random.Next(_schema.Variables.Count)]);

    private bool SwapLevels(BaselineVariable variable)
    {
        var levels = _values[variable.Column];
        var p = _random.Next(_n);
        var q = _random.Next(_n);
        if (levels[p] == levels[q]) return false;
        var dependents = _schema.Dependents(variable.Column);
        var any = false;
        foreach (var c in dependents) any |= _rowsOfColumn[c].Length > 0;
        if (!any) return false;
        _swapColumn = variable.Column; _swapP = p; _swapQ = q;
        SwapLevelsOf(variable.Column, p, q);
        foreach (var c in dependents)
        {
            foreach (var r in _rowsOfColumn[c]) AddRow(r);
            if (_useP) foreach (var g in _groupsOfColumn[c]) AddGroup(g);
        }
        return true;
    }

    private void SwapLevelsOf(string column, int p, int q)
    {
        var levels = _values[column];
        (levels[p], levels[q]) = (levels[q], levels[p]);
        var dependents = _schema.Dependents(column);
        // Only a column other columns are derived from needs the derivation redone.
        if (dependents.Count > 1) { DeriveFor(p); DeriveFor(q); }
        foreach (var c in dependents)
        {
            Recode(c, p); Recode(c, q);
            foreach (var r in _rowsOfColumn[c])
            {
                _rows[r].Members.Set(p, _values[c][p] == _rows[r].Label);
                _rows[r].Members.Set(q, _values[c][q] == _rows[r].Label);
            }
        }
    }

    private void Undo()
    {
        if (_swapColumn is not null)
        {
            SwapLevelsOf(_swapColumn, _swapP, _swapQ);
            return;
        }
        for (var i = 0; i < _savedCount; i++)
        {
            var s = _saved[i];
            _pfs[s.P] = s.Pfs; _os[s.P] = s.Os; _ttrpCensor[s.P] = s.Ttrp; _osEvent[s.P] = s.OsEvent; _kind[s.P] = s.Kind;
        }
        for (var i = 0; i < _savedCount; i++) Sync(_saved[i].P);
        for (var e = 0; e < 3; e++) Reorder(e);
    }

    private void Save(int p) => _saved[_savedCount++] = (p, _pfs[p], _os[p], _ttrpCensor[p], _osEvent[p], _kind[p]);

    private void AddRow(int r)
    {
        if (_rowStamp[r] == _stamp) return;
        _rowStamp[r] = _stamp;
        _affectedRows.Add(r);
    }

    private void AddGroup(int g)
    {
        if (_groupStamp[g] == _stamp) return;
        _groupStamp[g] = _stamp;
        _affectedGroups.Add(g);
    }

    /// <summary>Gives patient p the time v on one end point, adjusting the others to stay coherent; false when that cannot be done.</summary>
    private bool SetTime(int p, int endpoint, double v)
    {
        switch (endpoint)
        {
            case Pfs:
                _pfs[p] = v;
                if (_kind[p] == Death || _os[p] < v) _os[p] = v;
                if (_kind[p] != Progression && _ttrpCensor[p] > v) _ttrpCensor[p] = v;
                return true;
            case Os:
                if (_kind[p] == Death) return SetTime(p, Pfs, v);
                if (v < _pfs[p]) return false;
                _os[p] = v;
                return true;
            default:
                if (_kind[p] == Progression) return SetTime(p, Pfs, v);
                if (v > _pfs[p]) return false;
                _ttrpCensor[p] = v;
                return true;
        }
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
        var i = Array.BinarySearch(_pool, t);
        if (i < 0) i = ~i;
        return i >= _pool.Length ? t : _pool[_random.Next(i, _pool.Length)];
    }

    private double Smaller(double t)
    {
        var i = Array.BinarySearch(_pool, t);
        var last = i >= 0 ? i : ~i - 1;
        return last < 0 ? t : _pool[_random.Next(0, last + 1)];
    }

    private void DeriveFor(int p)
    {
        if (!_schema.HasDerivedColumns) return;
        var patient = _schema.Variables.ToDictionary(v => v.Column, v => _values[v.Column][p]);
        _schema.Derive(patient);
        foreach (var (column, level) in patient) _values[column][p] = level;
    }

    private void Recode(string column, int p)
    {
        var codes = _codeOf[column];
        var label = _values[column][p];
        if (!codes.TryGetValue(label, out var code)) codes[label] = code = codes.Count;
        _codes[column][p] = code;
    }

    private (double Time, bool Event) Outcome(int p, int endpoint) => endpoint switch
    {
        Pfs => (_pfs[p], _kind[p] != Censored),
        Os => (_os[p], _osEvent[p]),
        _ => _kind[p] == Progression ? (_pfs[p], true) : (_ttrpCensor[p], false),
    };

    private void Sync(int p)
    {
        for (var e = 0; e < 3; e++)
        {
            (_time[e][p], _died[e][p]) = Outcome(p, e);
            _diedMask[e].Set(p, _died[e][p]);
        }
    }

    /// <summary>Insertion sort of an end point's patients by time (stable; a moved patient costs O(n)).</summary>
    private void Reorder(int e)
    {
        var order = _order[e];
        var time = _time[e];
        for (var i = 1; i < order.Length; i++)
        {
            var p = order[i];
            var t = time[p];
            var j = i - 1;
            while (j >= 0 && (time[order[j]] > t || (time[order[j]] == t && order[j] > p))) { order[j + 1] = order[j]; j--; }
            order[j + 1] = p;
        }
    }

    private readonly double[] _bufferTime;
    private readonly bool[] _bufferDied;
    private readonly double[] _stats;

    private double RowPenalty(int r)
    {
        var row = _rows[r];
        var e = row.EndpointIndex;
        if (_scoring == CountsScoring)
            return row.CountPenalty(row.Members.Count(), row.Members.CountCommon(_diedMask[e]), 1);
        if (_scoring == CohortScoring && row.Column is not null)
            return 0;
        if ((_endpoints & (1 << e)) == 0)
            return row.CountPenalty(row.Members.Count(), row.Members.CountCommon(_diedMask[e]), SubgroupObjective.CountWeight);
        var order = _order[e];
        var time = _time[e];
        var died = _died[e];
        var count = 0;
        for (var i = 0; i < order.Length; i++)
        {
            var p = order[i];
            if (!row.Members.Contains(p)) continue;
            _bufferTime[count] = time[p];
            _bufferDied[count] = died[p];
            count++;
        }
        // The whole cohort's order of events and censorings before each landmark must be one that
        // lets the largest subgroups reproduce their rates (see LandmarkOrders).
        var orderPenalty = 0.0;
        if (row.Column is null)
            foreach (var allowed in _landmarkOrders[e])
            {
                var length = LandmarkOrders.Write(_bufferTime.AsSpan(0, count), _bufferDied.AsSpan(0, count), allowed.Landmark, _orderText);
                orderPenalty += SubgroupObjective.WholeCohortWeight * LandmarkOrders.Distance(_orderText.AsSpan(0, length), allowed.Orders);
            }
        FastSubgroupStatistics.Compute(_bufferTime, _bufferDied, count, row.Landmarks, _stats);
        return row.Penalty(_stats, _exact) + orderPenalty;
    }

    private double GroupPenalty(int g)
    {
        var group = _groups[g];
        var e = group.EndpointIndex;
        if ((_endpoints & (1 << e)) == 0) return 0;
        var value = FastLogRank.P(_order[e], _time[e], _died[e], _codes[group.Column], _codeOf[group.Column].Count);
        return group.Penalty(value, _exact);
    }

    private (Dictionary<string, string[]> Values, double[] Pfs, double[] Os, double[] Ttrp, bool[] OsEvent, int[] Kind) SaveState() =>
        (_values.ToDictionary(kv => kv.Key, kv => (string[])kv.Value.Clone()),
            (double[])_pfs.Clone(), (double[])_os.Clone(), (double[])_ttrpCensor.Clone(), (bool[])_osEvent.Clone(), (int[])_kind.Clone());

    private void RestoreState((Dictionary<string, string[]> Values, double[] Pfs, double[] Os, double[] Ttrp, bool[] OsEvent, int[] Kind) state)
    {
        foreach (var (column, levels) in state.Values) levels.CopyTo(_values[column], 0);
        state.Pfs.CopyTo(_pfs, 0); state.Os.CopyTo(_os, 0); state.Ttrp.CopyTo(_ttrpCensor, 0);
        state.OsEvent.CopyTo(_osEvent, 0); state.Kind.CopyTo(_kind, 0);
        IndexLevels();
        for (var p = 0; p < _n; p++) Sync(p);
        for (var e = 0; e < 3; e++) Reorder(e);
    }

    /// <summary>Level codes of every column and the members of every row, from the level texts.</summary>
    private void IndexLevels()
    {
        foreach (var column in _schema.Columns)
            for (var p = 0; p < _n; p++) Recode(column, p);
        foreach (var row in _rows)
            for (var p = 0; p < _n; p++)
                row.Members.Set(p, row.Column is null || _values[row.Column][p] == row.Label);
    }

    private IReadOnlyList<SyntheticPatient> Snapshot()
    {
        var patients = new List<SyntheticPatient>(_n);
        for (var p = 0; p < _n; p++)
        {
            var baseline = _schema.Columns.ToDictionary(c => c, c => _values[c][p]);
            var outcomes = _endpointTables.Tables
                .Select(t => (Table: t, Outcome: Outcome(p, _endpointTables.OutcomeOf(t))))
                .Select(o => new PatientOutcome(o.Table.Endpoint, o.Outcome.Time, o.Outcome.Event))
                .ToList();
            patients.Add(new SyntheticPatient(p + 1, baseline, outcomes));
        }
        return patients;
    }
}
