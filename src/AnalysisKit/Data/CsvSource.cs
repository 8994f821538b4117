using System.Globalization;
using CsvHelper;

namespace AnalysisKit.Data;

/// <summary>
/// How the kit opens a CSV file: comma separated, optional quotes, UTF-8, header row required,
/// line numbers tracked so that every error can name the line. Shared by <see cref="CsvTable"/>
/// (text cells) and <see cref="TypedCsvReader"/> (typed columns).
/// </summary>
internal static class CsvSource
{
    public static readonly CsvReaderOptions Options = new()
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        SkipEmptyLines = true,
        FormatProvider = CultureInfo.InvariantCulture,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        PoolStrings = true,
    };

    /// <summary>Opens <paramref name="path"/>; a missing file is a <see cref="DataFileException"/>.</summary>
    public static CsvReader Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
            throw new DataFileException(path, 0, null, "the file does not exist.");
        return CsvReader.Create(File.OpenRead(path), Options, leaveOpen: false);
    }

    /// <summary>Reads the header row: trimmed names, each once; an empty file is refused.</summary>
    public static CsvHeader ReadHeader(CsvReader csv, string file)
    {
        csv.ReadHeader();
        var names = csv.Headers.Select(h => h.Trim()).ToArray();
        if (names.Length == 0 || names.All(h => h.Length == 0))
            throw new DataFileException(file, 0, null, "the file is empty; a header row naming the columns is required.");
        return new CsvHeader(file, names);
    }

    /// <summary>The current record must have one value per header column.</summary>
    public static void CheckFieldCount(CsvReader csv, CsvHeader header)
    {
        if (csv.FieldCount != header.Names.Count)
            throw new DataFileException(header.File, checked((int)csv.LineNumber), null,
                $"this row has {csv.FieldCount} values but the header names {header.Names.Count} columns.");
    }

    /// <summary>CsvHelper's malformed-data error as a <see cref="DataFileException"/> naming the line.</summary>
    public static DataFileException NotCsv(CsvFormatException e, string file) =>
        new(file, checked((int)e.LineNumber), null, $"the file is not valid CSV ({e.Message}).");
}
