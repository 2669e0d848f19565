package io.enrollment.central.http;

import io.enrollment.central.ItemKind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A protocol path {@code /v1/KIND/ID} or {@code /v1/KIND/ID/receipt}.
 *
 * @param kind    packages or events
 * @param id      the item's UUID (lower-case canonical form)
 * @param receipt whether the path asks for the receipt
 */
public record ItemRef(ItemKind kind, String id, boolean receipt) {
    private static final Pattern PATH = Pattern.compile(
            "/v1/([a-z]+)/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(/receipt)?");

    /** Parses a path; empty when it is not a protocol path (wrong kind, id not a lower-case UUID, …). */
    public static Optional<ItemRef> parse(String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        return ItemKind.ofSegment(m.group(1)).map(k -> new ItemRef(k, m.group(2), m.group(3) != null));
    }

    /** A key unique over kinds, for locks and file names. */
    public String key() {
        return kind.segment() + "-" + id;
    }
}
