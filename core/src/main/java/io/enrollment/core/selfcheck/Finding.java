package io.enrollment.core.selfcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a self-check item found, why the enrollment gate blocks, or what an incident was: a message key and its
 * arguments, never a sentence in some language. The application turns it into text in the operator's language
 * (and into English for the machine outputs). Arguments are measured values, limits, R-IDs, paths and device
 * names as plain text, or findings themselves (a phrase that needs its own translation, e.g. an item's name).
 *
 * @param key  the message key (e.g. {@code camera.noDevice}); {@link #LIST} and {@link #VERBATIM} are reserved
 * @param args {@link String}s and {@link Finding}s, in the order of the message's placeholders
 */
public record Finding(String key, List<Object> args) {
    /** A list of findings shown one after the other (its arguments are the findings). */
    public static final String LIST = "list";
    /** Text kept as it was given (a report written before findings had keys); its only argument is the text. */
    public static final String VERBATIM = "verbatim";
    /** Nothing to say (the remedy of an OK item). */
    public static final Finding NONE = new Finding("", List.of());

    public Finding {
        Objects.requireNonNull(key, "key");
        List<Object> checked = new ArrayList<>(args.size());
        for (Object a : args) {
            if (!(a instanceof String) && !(a instanceof Finding)) {
                throw new IllegalArgumentException("finding " + key + ": an argument must be text or a finding, was "
                        + (a == null ? "null" : a.getClass().getSimpleName()));
            }
            checked.add(a);
        }
        args = List.copyOf(checked);
        if (key.isEmpty() && !args.isEmpty()) {
            throw new IllegalArgumentException("an empty finding has no arguments");
        }
    }

    /**
     * A finding with its arguments; numbers and other values become their plain text ({@link String#valueOf}),
     * findings stay findings.
     */
    public static Finding of(String key, Object... args) {
        List<Object> list = new ArrayList<>(args.length);
        for (Object a : args) {
            list.add(a instanceof Finding ? a : String.valueOf(a));
        }
        return new Finding(key, list);
    }

    /** Several findings shown together. */
    public static Finding list(List<Finding> findings) {
        return new Finding(LIST, List.copyOf(findings));
    }

    /** Text kept as given (only for reports that predate keys). */
    public static Finding verbatim(String text) {
        return new Finding(VERBATIM, List.of(text));
    }

    public boolean isEmpty() {
        return key.isEmpty();
    }
}
