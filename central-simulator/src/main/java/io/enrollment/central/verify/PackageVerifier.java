package io.enrollment.central.verify;

import io.enrollment.central.ItemKind;
import java.nio.file.Path;

/**
 * Verifies a completed upload whose SHA-256 already matched: for a package, open the envelope with the
 * central key, verify the officer's CAdES against the officer trust anchors and read the container
 * (sample hashes); for an event, verify its signed JSON document. Never throws for bad content: bad
 * content is a {@link Verification#reject(String) rejection} with a reason.
 */
public interface PackageVerifier {
    /**
     * @param kind      package or event
     * @param id        the item's UUID (a package's container must carry the same id)
     * @param eventKind the {@code Event-Kind} header for events, {@code null} for packages
     * @param payload   the assembled bytes, exactly as uploaded
     */
    Verification verify(ItemKind kind, String id, String eventKind, Path payload);
}
