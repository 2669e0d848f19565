package io.enrollment.app.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enrollment.core.audit.AuditAction;
import io.enrollment.core.audit.AuditEntry;
import io.enrollment.core.audit.AuditRecord;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** One audit record per line of JSON; field order fixed so the file reads the same everywhere. */
final class AuditLineCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditLineCodec() {
    }

    static String encode(AuditRecord r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("seq", r.sequence());
        n.put("at", r.at().toString());
        n.put("action", r.entry().action().name());
        n.put("actor", r.entry().actor());
        n.put("target", r.entry().target());
        n.put("outcome", r.entry().outcome());
        n.put("note", r.entry().note());
        n.put("prev", r.previousHash());
        n.put("hash", r.hash());
        return n.toString();
    }

    /**
     * @throws IllegalArgumentException saying what is wrong with the line
     */
    static AuditRecord decode(String line) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        try {
            AuditEntry entry = new AuditEntry(AuditAction.valueOf(text(n, "action")), text(n, "actor"),
                    text(n, "target"), text(n, "outcome"), text(n, "note"));
            return new AuditRecord(n.path("seq").asLong(0), Instant.parse(text(n, "at")), entry, text(n, "prev"),
                    text(n, "hash"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad time: " + e.getParsedString(), e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "' missing or not text");
        }
        return v.asText();
    }
}
