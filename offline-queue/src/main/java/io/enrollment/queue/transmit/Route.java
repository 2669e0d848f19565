package io.enrollment.queue.transmit;

import io.enrollment.queue.ItemKind;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.UUID;

/** Where the protocol's resources live: directly at the central system, or through an X-Road security server. */
public interface Route {
    /** The URI of {@code /v1/KIND/ID} plus {@code suffix} (empty or {@code /receipt}). */
    URI uri(ItemKind kind, UUID id, String suffix);

    /** Adds the route's own headers (X-Road identifies the client and each request). */
    void decorate(HttpRequest.Builder request);

    /** Direct HTTPS to the central system's endpoint. */
    static Route direct(URI base) {
        String b = base.toString().replaceAll("/+$", "");
        return new Route() {
            @Override
            public URI uri(ItemKind kind, UUID id, String suffix) {
                return URI.create(b + "/v1/" + kind.resource() + "/" + id + suffix);
            }

            @Override
            public void decorate(HttpRequest.Builder request) {
                // nothing: the client certificate identifies the workstation
            }
        };
    }
}
