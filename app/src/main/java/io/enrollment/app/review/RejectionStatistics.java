package io.enrollment.app.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts of rejected captures by rule, by operator (certificate common name) and by day, for the supervisor's charts and CSV export. */
public final class RejectionStatistics {
    private final Map<String, Integer> byRule = new TreeMap<>();
    private final Map<String, Integer> byOperator = new TreeMap<>();
    private final Map<LocalDate, Integer> byDay = new TreeMap<>();

    public RejectionStatistics(List<RejectedCapture> captures, ZoneId zone) {
        for (RejectedCapture r : captures) {
            r.failures().stream().map(RuleFailure::ruleId).distinct().forEach(id -> byRule.merge(id, 1, Integer::sum));
            byOperator.merge(r.operatorName(), 1, Integer::sum);
            byDay.merge(r.at().atZone(zone).toLocalDate(), 1, Integer::sum);
        }
    }

    public Map<String, Integer> byRule() {
        return new TreeMap<>(byRule);
    }

    public Map<String, Integer> byOperator() {
        return new TreeMap<>(byOperator);
    }

    public Map<LocalDate, Integer> byDay() {
        return new TreeMap<>(byDay);
    }

    /** {@code dimension,key,count} lines under a header; fields with commas or quotes are quoted. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder("dimension,key,rejections\n");
        byRule.forEach((k, v) -> line(sb, "rule", k, v));
        byOperator.forEach((k, v) -> line(sb, "operator", k, v));
        byDay.forEach((k, v) -> line(sb, "day", k.toString(), v));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String dimension, String key, int count) {
        sb.append(dimension).append(',').append(quote(key)).append(',').append(count).append('\n');
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
