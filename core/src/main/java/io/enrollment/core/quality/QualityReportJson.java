package io.enrollment.core.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enrollment.core.Modality;
import java.util.ArrayList;
import java.util.List;

/**
 * The one JSON shape of quality results, shared by the package manifest and every {@code workstation qc}
 * command: {@code {"id":"R-FACE-2","name":"yaw","measured":3.1,"threshold":5.0,"unit":"deg","verdict":"PASS",…}}.
 * A value that could not be measured is written as {@code null}.
 */
public final class QualityReportJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private QualityReportJson() {
    }

    public static ObjectNode check(CheckResult c) {
        ObjectNode n = JSON.objectNode();
        n.put("id", c.id());
        n.put("name", c.name());
        putNumber(n, "measured", c.measured());
        n.put("comparison", c.comparison().name());
        putNumber(n, "threshold", c.threshold());
        n.put("unit", c.unit());
        n.put("verdict", c.verdict().name());
        if (!c.guidance().isEmpty()) {
            n.put("guidance", c.guidance());
        }
        if (!c.detail().isEmpty()) {
            n.put("detail", c.detail());
        }
        return n;
    }

    public static ArrayNode checks(List<CheckResult> checks) {
        ArrayNode a = JSON.arrayNode();
        checks.forEach(c -> a.add(check(c)));
        return a;
    }

    public static ObjectNode report(QualityReport r) {
        ObjectNode n = JSON.objectNode();
        n.put("modality", r.modality().code());
        n.put("profile", r.profileId());
        n.put("verdict", r.verdict().name());
        n.set("checks", checks(r.checks()));
        return n;
    }

    /**
     * Reads a report written by {@link #report}.
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong
     */
    public static QualityReport parseReport(JsonNode n) {
        Modality modality = Modality.fromCode(text(n, "modality"));
        String profile = text(n, "profile");
        JsonNode checks = n.get("checks");
        if (checks == null || !checks.isArray()) {
            throw new IllegalArgumentException("quality report has no 'checks' array");
        }
        List<CheckResult> list = new ArrayList<>();
        for (JsonNode c : checks) {
            list.add(parseCheck(c));
        }
        QualityReport report = new QualityReport(modality, profile, list);
        JsonNode verdict = n.get("verdict");
        if (verdict != null && !verdict.asText().equals(report.verdict().name())) {
            throw new IllegalArgumentException("quality report says " + verdict.asText() + " but its checks say " + report.verdict());
        }
        return report;
    }

    public static CheckResult parseCheck(JsonNode c) {
        return new CheckResult(text(c, "id"), text(c, "name"), number(c, "measured"),
                Comparison.valueOf(text(c, "comparison")), number(c, "threshold"), text(c, "unit"),
                Verdict.valueOf(text(c, "verdict")), optionalText(c, "guidance"), optionalText(c, "detail"));
    }

    private static void putNumber(ObjectNode n, String field, double v) {
        if (Double.isNaN(v)) {
            n.putNull(field);
        } else {
            n.put(field, v);
        }
    }

    private static double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return Double.NaN;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException("'" + field + "' is not a number");
        }
        return v.asDouble();
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("missing text field '" + field + "'");
        }
        return v.asText();
    }

    private static String optionalText(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
