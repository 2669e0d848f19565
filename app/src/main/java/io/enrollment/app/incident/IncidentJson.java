package io.enrollment.app.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enrollment.app.selfcheck.FindingJson;
import io.enrollment.app.selfcheck.SelfCheckTexts;
import io.enrollment.core.incident.Incident;
import io.enrollment.core.incident.IncidentStatus;
import io.enrollment.core.incident.IncidentType;
import io.enrollment.core.selfcheck.Finding;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Incidents as JSON: one line of the register, and the report document sent to the central system. {@code detail}
 * is the English description (the report's form); the register's line also keeps the finding itself
 * ({@code detailKey}, {@code detailArgs}) so the incidents screen words it in the operator's language.
 */
public final class IncidentJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private IncidentJson() {
    }

    static ObjectNode node(Incident i) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", i.id().toString());
        n.put("incidentType", i.type().name());
        n.put("detectedAt", i.detectedAt().toString());
        n.put("reportBy", i.reportBy().toString());
        n.put("status", i.status().name());
        n.put("source", i.source());
        n.put("detail", english(i.detail()));
        return n;
    }

    /** An incident's detail in English (the report, the audit trail, the log). */
    public static String english(Finding detail) {
        return SelfCheckTexts.english().render(detail);
    }

    static String line(Incident i) {
        ObjectNode n = node(i);
        FindingJson.put(n, "detail", i.detail());
        return n.toString();
    }

    /** The event document of R-INC-1 (the {@code INCIDENT} event of docs/protocol.md). */
    public static byte[] report(Incident i, String workstationId) {
        ObjectNode n = JSON.createObjectNode();
        n.put("event", "INCIDENT");
        n.put("workstation", workstationId);
        n.setAll(node(i));
        n.remove("status");
        return n.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @throws IllegalArgumentException saying what is wrong with the line
     */
    static Incident parse(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            return new Incident(UUID.fromString(n.path("id").asText()),
                    IncidentType.valueOf(n.path("incidentType").asText()), Instant.parse(n.path("detectedAt").asText()),
                    Instant.parse(n.path("reportBy").asText()), IncidentStatus.valueOf(n.path("status").asText()),
                    n.path("source").asText(), FindingJson.get(n, "detail"));
        } catch (JsonProcessingException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("unreadable incident line: " + e.getMessage(), e);
        }
    }
}
