namespace AnalysisKit.Reproduction;

/// <summary>How a published number fares against the kit's own computation.</summary>
public enum ClaimStatus
{
    /// <summary>The kit's number, at the printed rounding, equals the printed number (<c>reproduced</c>).</summary>
    Reproduced,
    /// <summary>The kit computed the number and it differs at the printed rounding (<c>differs</c>).</summary>
    Differs,
    /// <summary>The number contradicts another printed number and the kit does not reproduce it (<c>conflict</c>).</summary>
    Conflict,
    /// <summary>No data the kit holds can recompute the number; the note says why (<c>not-reproducible</c>).</summary>
    NotReproducible,
}

/// <summary>The contract's spelling of <see cref="ClaimStatus"/>.</summary>
public static class ClaimStatuses
{
    /// <summary><c>reproduced</c>, <c>differs</c>, <c>conflict</c> or <c>not-reproducible</c>.</summary>
    public static string NameOf(ClaimStatus status) => status switch
    {
        ClaimStatus.Reproduced => "reproduced",
        ClaimStatus.Differs => "differs",
        ClaimStatus.Conflict => "conflict",
        ClaimStatus.NotReproducible => "not-reproducible",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
