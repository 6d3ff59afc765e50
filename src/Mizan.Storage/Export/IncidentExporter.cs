using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mizan.Reconciliation;

namespace Mizan.Storage.Export;

/// <summary>Writes incidents in one of the <see cref="ExportFormat"/>s, leaving out those outside the format's scope.</summary>
public static class IncidentExporter
{
    /// <summary>JSON as written by the exports: Arabic as is, no indentation.</summary>
    public static readonly JsonWriterOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Writes a search hit as one JSON object: <c>article</c>, <c>incident</c> (its id or null) and <c>event</c> (every field of the output contract).</summary>
    public static void WriteHit(Utf8JsonWriter writer, SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(hit);
        writer.WriteStartObject();
        EventJson.WriteArticle(writer, hit.Report.Article);
        if (hit.IncidentId is { } incident)
        {
            writer.WriteString("incident", incident);
        }
        else
        {
            writer.WriteNull("incident");
        }

        writer.WritePropertyName("event");
        EventJson.WriteEvent(writer, hit.Report.Event);
        writer.WriteEndObject();
    }

    /// <summary>Whether an incident belongs in a format's output (background aside: see <see cref="Write"/>).</summary>
    public static bool InScope(ExportFormat format, Incident incident) => format switch
    {
        ExportFormat.Acled => AcledExport.InScope(incident),
        ExportFormat.Ucdp => UcdpExport.InScope(incident),
        ExportFormat.GeoJson => GeoJsonExport.InScope(incident),
        _ => true,
    };

    /// <summary>
    /// Writes the incidents to <paramref name="output"/> (UTF-8); returns how many were written
    /// and how many left out. Background incidents (<see cref="Incident.Background"/>: every report
    /// tells it as past context) are left out of every format unless <paramref name="includeBackground"/>.
    /// </summary>
    public static ExportCounts Write(ExportFormat format, IEnumerable<StoredIncident> incidents, Stream output, bool includeBackground = false)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(output);
        long written = 0;
        long leftOut = 0;
        long background = 0;
        if (!includeBackground)
        {
            incidents = incidents.Where(stored =>
            {
                if (stored.Incident.Background)
                {
                    background++;
                    return false;
                }

                return true;
            });
        }

        switch (format)
        {
            case ExportFormat.Acled:
            case ExportFormat.Ucdp:
            {
                using var text = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
                var csv = new CsvWriter(text);
                csv.WriteRow(format == ExportFormat.Acled ? AcledExport.Columns : UcdpExport.Columns);
                foreach (StoredIncident stored in incidents)
                {
                    if (!InScope(format, stored.Incident))
                    {
                        leftOut++;
                        continue;
                    }

                    csv.WriteRow(format == ExportFormat.Acled ? AcledExport.Row(stored) : UcdpExport.Row(stored));
                    written++;
                }

                break;
            }

            case ExportFormat.GeoJson:
            {
                using var writer = new Utf8JsonWriter(output, JsonOptions);
                GeoJsonExport.WriteStart(writer);
                foreach (StoredIncident stored in incidents)
                {
                    if (!InScope(format, stored.Incident))
                    {
                        leftOut++;
                        continue;
                    }

                    GeoJsonExport.WriteFeature(writer, stored);
                    written++;
                    if (writer.BytesPending > 64 * 1024)
                    {
                        writer.Flush();
                    }
                }

                GeoJsonExport.WriteEnd(writer);
                writer.Flush();
                output.Write("\n"u8);
                break;
            }

            default:
            {
                foreach (StoredIncident stored in incidents)
                {
                    using (var writer = new Utf8JsonWriter(output, JsonOptions))
                    {
                        EventJson.WriteIncident(writer, stored);
                    }

                    output.Write("\n"u8);
                    written++;
                }

                break;
            }
        }

        output.Flush();
        return new ExportCounts(written, leftOut, background);
    }
}
