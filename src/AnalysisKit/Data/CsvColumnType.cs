namespace AnalysisKit.Data;

/// <summary>What a column of a survival file holds, and so how <see cref="TypedCsvReader"/> reads each of its cells.</summary>
public enum CsvColumnType
{
    /// <summary>A follow-up time: a finite number, 0 or more.</summary>
    Time,

    /// <summary>An event status: 0/1, 1/2 (as R's <c>Surv</c>) or true/false.</summary>
    Event,

    /// <summary>A finite number ('.' as the decimal point).</summary>
    Number,

    /// <summary>A non-empty label, held as a factor (<see cref="LabelColumn"/>).</summary>
    Label,
}
