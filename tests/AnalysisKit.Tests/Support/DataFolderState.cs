namespace AnalysisKit.Tests.Support;

/// <summary>
/// Every entry below a data folder, files and folders, hidden ones too (a staging folder left
/// behind shows), as "relative path: SHA-256 of the bytes" (folders: "relative path/"), in
/// ordinal order: two states are equal when the folders hold the same entries with the same bytes.
/// </summary>
internal static class DataFolderState
{
    public static IReadOnlyList<string> Of(string root) =>
        Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Select(e => File.Exists(e)
                ? $"{Path.GetRelativePath(root, e)}: {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(e)))}"
                : $"{Path.GetRelativePath(root, e)}/")
            .Order(StringComparer.Ordinal)
            .ToList();
}
