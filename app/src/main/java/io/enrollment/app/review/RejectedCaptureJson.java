package io.enrollment.app.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enrollment.core.Modality;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The JSON form of a {@link RejectedCapture} record (kept next to its sealed sample, and sent as the QC event). */
final class RejectedCaptureJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RejectedCaptureJson() {
    }

    static byte[] write(RejectedCapture r) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", r.id().toString());
        o.put("at", r.at().toString());
        o.put("operator", r.operator());
        o.put("operatorSerial", r.operatorSerial());
        o.put("modality", r.modality().code());
        o.put("mediaType", r.mediaType());
        ArrayNode failures = o.putArray("failures");
        for (RuleFailure f : r.failures()) {
            failures.addObject().put("rule", f.ruleId()).put("name", f.name()).put("measured", f.measured())
                    .put("comparison", f.comparison()).put("threshold", f.threshold()).put("unit", f.unit());
        }
        if (r.reviewed()) {
            o.put("reviewedBy", r.reviewedBy());
            o.put("reviewedAt", r.reviewedAt().toString());
            o.put("reviewNote", r.reviewNote());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(o);
    }

    static RejectedCapture read(byte[] data) throws IOException {
        JsonNode o = JSON.readTree(data);
        List<RuleFailure> failures = new ArrayList<>();
        for (JsonNode f : o.path("failures")) {
            failures.add(new RuleFailure(f.path("rule").asText(), f.path("name").asText(), f.path("measured").asDouble(),
                    f.path("comparison").asText(), f.path("threshold").asDouble(), f.path("unit").asText()));
        }
        return new RejectedCapture(UUID.fromString(o.path("id").asText()), Instant.parse(o.path("at").asText()),
                o.path("operator").asText(), o.path("operatorSerial").asText(), Modality.fromCode(o.path("modality").asText()),
                failures, o.path("mediaType").asText(), o.hasNonNull("reviewedBy") ? o.get("reviewedBy").asText() : null,
                o.hasNonNull("reviewedAt") ? Instant.parse(o.get("reviewedAt").asText()) : null,
                o.hasNonNull("reviewNote") ? o.get("reviewNote").asText() : null);
    }
}
