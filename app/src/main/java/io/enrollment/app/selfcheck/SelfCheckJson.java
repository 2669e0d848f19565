package io.enrollment.app.selfcheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.ItemStatus;
import io.enrollment.core.selfcheck.Measurement;
import io.enrollment.core.selfcheck.SelfCheckReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The self-check report as JSON: the {@code SELF_CHECK} event document and the local record of the last run.
 * {@code summary} and {@code remedy} are English sentences (the central system's and the command line's form);
 * next to them {@code summaryKey}/{@code summaryArgs} and {@code remedyKey}/{@code remedyArgs} keep the finding
 * itself, so the GUI words a stored report in the operator's language ({@link FindingJson}).
 */
public final class SelfCheckJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SelfCheckJson() {
    }

    public static byte[] encode(SelfCheckReport r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("event", "SELF_CHECK");
        n.put("id", r.id().toString());
        n.put("workstation", r.workstationId());
        n.put("profile", r.profileId());
        n.put("startedAt", r.startedAt().toString());
        n.put("finishedAt", r.finishedAt().toString());
        n.put("trigger", r.trigger());
        n.put("overall", r.overall().name());
        ArrayNode items = n.putArray("items");
        for (ItemResult i : r.items()) {
            ObjectNode in = items.addObject();
            in.put("item", i.item());
            in.put("status", i.status().name());
            in.put("summary", SelfCheckTexts.english().render(i.summary()));
            FindingJson.put(in, "summary", i.summary());
            ArrayNode ms = in.putArray("measurements");
            for (Measurement m : i.measurements()) {
                ObjectNode mn = ms.addObject();
                mn.put("name", m.name());
                mn.put("value", m.value());
                if (!m.limit().isEmpty()) {
                    mn.put("limit", m.limit());
                }
                if (!m.unit().isEmpty()) {
                    mn.put("unit", m.unit());
                }
            }
            in.put("remedy", SelfCheckTexts.english().render(i.remedy()));
            FindingJson.put(in, "remedy", i.remedy());
        }
        try {
            return JSON.writeValueAsBytes(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the self-check report as JSON", e);
        }
    }

    /**
     * @throws IllegalArgumentException when the bytes are not a self-check report
     */
    public static SelfCheckReport decode(byte[] data) {
        try {
            JsonNode n = JSON.readTree(data);
            if (n == null || !"SELF_CHECK".equals(n.path("event").asText())) {
                throw new IllegalArgumentException("not a self-check report");
            }
            List<ItemResult> items = new ArrayList<>();
            for (JsonNode in : n.path("items")) {
                List<Measurement> ms = new ArrayList<>();
                for (JsonNode mn : in.path("measurements")) {
                    ms.add(new Measurement(mn.path("name").asText(), mn.path("value").asText(),
                            mn.path("limit").asText(""), mn.path("unit").asText("")));
                }
                items.add(new ItemResult(in.path("item").asText(), ItemStatus.valueOf(in.path("status").asText()),
                        FindingJson.get(in, "summary"), ms, FindingJson.get(in, "remedy")));
            }
            return new SelfCheckReport(UUID.fromString(n.path("id").asText()), n.path("workstation").asText(),
                    n.path("profile").asText(), Instant.parse(n.path("startedAt").asText()),
                    Instant.parse(n.path("finishedAt").asText()), n.path("trigger").asText(), items);
        } catch (java.io.IOException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("unreadable self-check report: " + e.getMessage(), e);
        }
    }

    public static String text(SelfCheckReport r) {
        return new String(encode(r), StandardCharsets.UTF_8);
    }
}
