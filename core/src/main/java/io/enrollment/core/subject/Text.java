package io.enrollment.core.subject;

/** Validation of free-text fields typed by the officer. */
final class Text {
    private Text() {
    }

    static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > 200) {
            throw new IllegalArgumentException(what + " is longer than 200 characters");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " contains control characters");
        }
        return trimmed;
    }

    static String optional(String value, String what) {
        return value == null || value.isBlank() ? "" : required(value, what);
    }
}
