namespace AnalysisKit.Data;

/// <summary>
/// Replaces the files of a folder only once all of them have been written: a writer writes into
/// a staging folder inside the target folder (<c>.staged-&lt;process id&gt;-&lt;n&gt;.tmp</c>, holding
/// copies of the target's files so that a writer may read what it rewrites), and then every file
/// it added or changed is moved into place with <see cref="File.Move(string, string, bool)"/>.
/// <para>
/// What is atomic and what is not: each replace is a rename within one folder, so on one file
/// system a reader sees every single file either whole and old or whole and new. The set of
/// files is not replaced in one step: it is moved only after the writer has returned, file after
/// file in ordinal order of name, which takes a few milliseconds. Before any file is moved every
/// target is checked to be a file or absent; should a move still fail, the files before it have
/// already been replaced and the error says so and names the file. When the writer throws, or
/// <see cref="Abandon"/> is called, nothing in the target folder changes and the staging folder
/// is deleted. A process killed outright (SIGKILL, power loss) while writing or moving can leave
/// the staging folder behind; nothing else.
/// </para>
/// <para>
/// Only files directly in the folder are staged and replaced; a writer that creates a
/// sub-folder is refused. One write runs at a time; <see cref="Abandon"/> may be called from any
/// thread (a signal handler) and waits for a write in progress to be committed or rolled back.
/// </para>
/// </summary>
public sealed class StagedFiles
{
    private static int _staged;
    private readonly object _gate = new();
    private string? _staging;
    private bool _abandoned;

    /// <summary>
    /// Copies the files of <paramref name="folder"/> into a new staging folder, lets
    /// <paramref name="write"/> write into it, and moves every file it added or changed into
    /// <paramref name="folder"/>; unchanged files stay as they are.
    /// </summary>
    /// <param name="folder">The folder whose files are replaced; it must exist.</param>
    /// <param name="write">Writes the new files into the folder it is given (the staging folder).</param>
    /// <returns>The names of the files added or replaced, in ordinal order.</returns>
    /// <exception cref="OperationCanceledException"><see cref="Abandon"/> was called before.</exception>
    /// <exception cref="IOException">A file could not be staged or moved into place; the message names it.</exception>
    public IReadOnlyList<string> Write(string folder, Action<string> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(write);
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"The folder '{folder}' does not exist.");
        lock (_gate)
        {
            if (_abandoned) throw new OperationCanceledException($"Writing into '{folder}' was abandoned; nothing in it was changed.");
            _staging = Path.Combine(folder, $".staged-{Environment.ProcessId}-{Interlocked.Increment(ref _staged)}.tmp");
            try
            {
                Directory.CreateDirectory(_staging);
                foreach (var file in Directory.GetFiles(folder))
                    File.Copy(file, Path.Combine(_staging, Path.GetFileName(file)));
                try
                {
                    write(_staging);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new IOException($"Writing the new files of '{folder}' failed, so nothing in it was changed: {e.Message}", e);
                }
                return MoveIntoPlace(_staging, folder);
            }
            finally
            {
                DeleteStaging();
            }
        }
    }

    /// <summary>
    /// Refuses every later <see cref="Write"/> and deletes the staging folder of a write not yet
    /// committed. Waits for a write in progress on another thread to finish first.
    /// </summary>
    public void Abandon()
    {
        lock (_gate)
        {
            _abandoned = true;
            DeleteStaging();
        }
    }

    private static IReadOnlyList<string> MoveIntoPlace(string staging, string folder)
    {
        var stray = Directory.GetDirectories(staging);
        if (stray.Length > 0)
            throw new IOException($"Only files can be staged, but a folder was written: '{Path.Combine(folder, Path.GetFileName(stray[0]))}'; nothing in '{folder}' was changed.");
        var changed = Directory.GetFiles(staging)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !SameBytes(Path.Combine(staging, name), Path.Combine(folder, name)))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var name in changed)
        {
            var target = Path.Combine(folder, name);
            if (Directory.Exists(target))
                throw new IOException($"Cannot replace '{target}': it is a folder; nothing in '{folder}' was changed.");
        }
        for (var i = 0; i < changed.Count; i++)
        {
            var target = Path.Combine(folder, changed[i]);
            try
            {
                File.Move(Path.Combine(staging, changed[i]), target, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var done = i == 0 ? "nothing in the folder was changed" : $"{string.Join(", ", changed.Take(i))} had already been replaced";
                throw new IOException($"Cannot replace '{target}' ({e.Message}); {done}.", e);
            }
        }
        return changed;
    }

    private static bool SameBytes(string staged, string target) =>
        File.Exists(target) && File.ReadAllBytes(staged).AsSpan().SequenceEqual(File.ReadAllBytes(target));

    private void DeleteStaging()
    {
        if (_staging is null) return;
        if (Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
        _staging = null;
    }
}
