package io.enrollment.installer;

import java.util.List;

/** A configuration that cannot be used; lists every problem with its key and how to fix it. */
public class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public ConfigException(String source, List<String> problems) {
        super("configuration " + source + " has " + problems.size() + " problem(s):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
