package io.enrollment.central;

import java.util.Optional;

/** What is uploaded: an enrollment package or an event report; the word is the path segment. */
public enum ItemKind {
    PACKAGES("packages"),
    EVENTS("events");

    private final String segment;

    ItemKind(String segment) {
        this.segment = segment;
    }

    /** The path segment and the receipt's {@code kind}: {@code packages} or {@code events}. */
    public String segment() {
        return segment;
    }

    public static Optional<ItemKind> ofSegment(String s) {
        for (ItemKind k : values()) {
            if (k.segment.equals(s)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
