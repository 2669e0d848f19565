package io.enrollment.app.selfcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enrollment.core.selfcheck.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Finding} in a JSON object, as {@code NAMEKey} (the key) and {@code NAMEArgs} (text arguments as
 * strings, finding arguments as objects {@code {"key": …, "args": […]}}). A document written before findings
 * had keys has only the English text {@code NAME}: it is kept verbatim.
 */
public final class FindingJson {
    private FindingJson() {
    }

    /** Adds {@code NAMEKey} and {@code NAMEArgs} for a finding that is not empty. */
    public static void put(ObjectNode node, String name, Finding f) {
        if (f.isEmpty()) {
            return;
        }
        node.put(name + "Key", f.key());
        args(node.putArray(name + "Args"), f);
    }

    private static void args(ArrayNode array, Finding f) {
        for (Object a : f.args()) {
            if (a instanceof Finding) {
                Finding nested = (Finding) a;
                ObjectNode n = array.addObject();
                n.put("key", nested.key());
                args(n.putArray("args"), nested);
            } else {
                array.add((String) a);
            }
        }
    }

    /** The finding stored under {@code NAME}; the English text verbatim when there is no key; NONE when absent. */
    public static Finding get(JsonNode node, String name) {
        JsonNode key = node.get(name + "Key");
        if (key != null && key.isTextual()) {
            return new Finding(key.asText(), args(node.path(name + "Args")));
        }
        String text = node.path(name).asText("");
        return text.isEmpty() ? Finding.NONE : Finding.verbatim(text);
    }

    private static List<Object> args(JsonNode array) {
        List<Object> args = new ArrayList<>();
        for (JsonNode a : array) {
            if (a.isObject()) {
                args.add(new Finding(a.path("key").asText(), args(a.path("args"))));
            } else {
                args.add(a.asText());
            }
        }
        return args;
    }
}
