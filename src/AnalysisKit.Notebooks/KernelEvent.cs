using System.Text.Json;
using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks;

/// <summary>
/// One event envelope the kernel writes on stdout:
/// <c>{"event": {...}, "eventType": "...", "command": {"token": "...", ...}, "routingSlip": [...]}</c>.
/// </summary>
internal sealed record KernelEvent(string EventType, string? Token, JsonObject Body)
{
    /// <summary>
    /// The event on <paramref name="line"/>, or null when the line is not a JSON object (the kernel
    /// prints a few banner lines among its events).
    /// </summary>
    public static KernelEvent? TryParse(string line)
    {
        if (!line.StartsWith('{')) return null;
        JsonObject envelope;
        try
        {
            if (JsonNode.Parse(line) is not JsonObject parsed) return null;
            envelope = parsed;
        }
        catch (JsonException)
        {
            return null;
        }
        if (envelope["eventType"] is not JsonValue type || !type.TryGetValue<string>(out var eventType)) return null;
        var token = envelope["command"]?["token"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : null;
        return new KernelEvent(eventType, token, envelope["event"] as JsonObject ?? []);
    }

    /// <summary>True when the event belongs to the command with <paramref name="token"/> or to one it started.</summary>
    public bool BelongsTo(string token) =>
        Token is not null && (Token == token || Token.StartsWith(token + ".", StringComparison.Ordinal));

    /// <summary>The event's <c>message</c>, or an empty string.</summary>
    public string Message => Body["message"] is JsonValue m && m.TryGetValue<string>(out var s) ? s : "";

    /// <summary>The event's <c>valueId</c>, or null.</summary>
    public string? ValueId => Body["valueId"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>
    /// The event's <c>formattedValues</c> as mime type → value, in the kernel's order, without those
    /// marked <c>suppressDisplay</c>; line endings are normalised to <c>\n</c>.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> FormattedValues()
    {
        var values = new List<KeyValuePair<string, string>>();
        if (Body["formattedValues"] is not JsonArray array) return values;
        foreach (var item in array.OfType<JsonObject>())
        {
            if (item["suppressDisplay"] is JsonValue suppress && suppress.TryGetValue<bool>(out var hidden) && hidden) continue;
            var mime = item["mimeType"]?.GetValue<string>();
            var value = item["value"]?.GetValue<string>();
            if (mime is null || value is null) continue;
            values.Add(new(mime, LineEndings.Normalize(value)));
        }
        return values;
    }
}
