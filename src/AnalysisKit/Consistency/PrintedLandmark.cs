using System.Globalization;
using AnalysisKit.Trials;

namespace AnalysisKit.Consistency;

/// <summary>
/// A subgroup-table row's printed 12- or 24-month rate with its printed limits, and the numbers
/// of events up to the landmark with which some Kaplan–Meier curve of the row's patients and
/// events reproduces all of them (<see cref="LandmarkEventCounts"/>, the rate and limits at 3
/// decimals or more: <see cref="SubgroupSurvivalTable.MinimumDecimals"/>, <see cref="PrintedAgreement.DecimalsComparedAt"/>).
/// </summary>
public sealed class PrintedLandmark
{
    private readonly double _rate;
    private readonly double? _lower, _upper;
    private readonly int _rateDecimals, _limitDecimals;
    private readonly Lazy<bool?> _attainable;
    private readonly Lazy<IReadOnlyList<int>?> _allowed;

    private PrintedLandmark(int n, int events, int months, string printed, double rate, int rateDecimals, double? lower, double? upper, int limitDecimals)
    {
        (N, Events, Months, Printed) = (n, events, months, printed);
        (_rate, _rateDecimals, _lower, _upper, _limitDecimals) = (rate, rateDecimals, lower, upper, limitDecimals);
        _attainable = new Lazy<bool?>(() => LandmarkEventCounts.IsAttainable(N, Events, _rate, _rateDecimals, _lower, _upper, _limitDecimals));
        _allowed = new Lazy<IReadOnlyList<int>?>(() =>
            LandmarkEventCounts.Of(N, Events, _rate, _rateDecimals, _lower, _upper, _limitDecimals) is ({ } allowed, true) ? allowed : null);
    }

    /// <summary>Patients in the row.</summary>
    public int N { get; }

    /// <summary>Events in the row over the whole follow-up.</summary>
    public int Events { get; }

    /// <summary>The landmark time in months (12 for <c>s12</c>).</summary>
    public int Months { get; }

    /// <summary>The rate with its limits as printed, for example "0.278 (0.054, 1)".</summary>
    public string Printed { get; }

    /// <summary>True when it is proven that no number of events works: the rate, its limits and the row's counts cannot all be right.</summary>
    public bool IsImpossible => _attainable.Value == false;

    /// <summary>The numbers of events up to the landmark that reproduce the printed cells, in increasing order; null when the search left some number undecided.</summary>
    public IReadOnlyList<int>? AllowedEvents => _allowed.Value;

    /// <summary>
    /// Whether <paramref name="eventsByLandmark"/> events up to the landmark can reproduce the
    /// printed cells: true, false, or null when the search ran out of budget
    /// (<see cref="LandmarkEventCounts.Allows"/>).
    /// </summary>
    public bool? Allows(int eventsByLandmark) =>
        _allowed.IsValueCreated && _allowed.Value is { } allowed
            ? allowed.Contains(eventsByLandmark)
            : LandmarkEventCounts.Allows(eventsByLandmark, N, Events, _rate, _rateDecimals, _lower, _upper, _limitDecimals);

    /// <summary>"no Kaplan–Meier curve of 7 patients with 5 events gives 0.278 (0.054, 1) at 12 months (…)".</summary>
    public string Impossibility =>
        $"no Kaplan–Meier curve of {N} patients with {Events} {(Events == 1 ? "event" : "events")} gives {Printed} at {Months} months "
        + "(every sequence of events and censorings up to then was tried)";

    /// <summary>
    /// The landmark <paramref name="rateColumn"/> of a row; null when the row does not print the
    /// rate, its n and its events as plain numbers, or a printed limit is not a plain number
    /// ("NA", "&lt;0.001").
    /// </summary>
    /// <param name="row">A row of a subgroup survival table.</param>
    /// <param name="rateColumn">A rate column: <c>s</c> and the landmark time (<c>s12</c>).</param>
    public static PrintedLandmark? Of(SubgroupSurvivalRow row, string rateColumn)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (SubgroupSurvivalTable.LandmarkOf(rateColumn) is not { } months || rateColumn.Contains('_'))
            throw new ArgumentException($"A landmark rate column is s followed by the landmark time (s12, s36); '{rateColumn}' was given.", nameof(rateColumn));
        if (row.Cell(rateColumn) is not { Value: { } rate, Qualifier.Length: 0 } printedRate || rate < 0 || rate > 1
            || row.N?.Value is not { } n || row.Events?.Value is not { } events || n < 1 || n > 500 || events < 0 || events > n)
            return null;
        var lower = row.Cell(rateColumn + "_lower");
        var upper = row.Cell(rateColumn + "_upper");
        var limits = new[] { lower, upper }.OfType<PrintedNumber>().ToList();
        if (limits.Any(c => c.Value is not (>= 0 and <= 1) || c.Qualifier.Length > 0)) return null;
        var limitDecimals = limits.Count == 0 ? 3 : limits.Min(c => PrintedAgreement.DecimalsComparedAt(c, SubgroupSurvivalTable.MinimumDecimals(rateColumn + "_lower")));
        var printed = lower is not null && upper is not null ? $"{printedRate.Text} ({lower.Text}, {upper.Text})" : printedRate.Text;
        return new PrintedLandmark((int)n, (int)events, months, printed,
            rate, PrintedAgreement.DecimalsComparedAt(printedRate, SubgroupSurvivalTable.MinimumDecimals(rateColumn)), lower?.Value, upper?.Value, limitDecimals);
    }

    /// <summary>"4 events", "5 or 6 events": <see cref="AllowedEvents"/> in words (empty when undecided).</summary>
    public string AllowedInWords => AllowedEvents switch
    {
        null or [] => "",
        [var one] => $"{Text(one)} events",
        var many => string.Join(", ", many.Take(many.Count - 1).Select(Text)) + " or " + Text(many[^1]) + " events",
    };

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
