package io.enrollment.queue.transmit;

import io.enrollment.queue.ItemKind;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The Tunduk / X-Road REST form (R-KG-1): {@code /r1/{instance}/{class}/{member}/{subsystem}/{service}/v1/KIND/ID}
 * through the local security server, request-response only, with {@code X-Road-Client}, a unique
 * {@code X-Road-Id} per request and {@code X-Road-UserId} (the officer).
 *
 * @param securityServer base URL of the security server
 * @param service        the provider's service identifier {@code INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE}
 * @param client         this workstation's subsystem {@code INSTANCE/CLASS/MEMBER/SUBSYSTEM}
 * @param userId         the officer on whose behalf the request is made
 */
public record XRoadRoute(URI securityServer, String service, String client, String userId) implements Route {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._-]+");

    public XRoadRoute {
        Objects.requireNonNull(securityServer, "securityServer");
        check(service, 5, "service");
        check(client, 4, "client");
        userId = userId == null ? "" : userId;
    }

    private static void check(String id, int parts, String what) {
        String[] p = Objects.requireNonNull(id, what).split("/");
        if (p.length != parts) {
            throw new IllegalArgumentException("X-Road " + what + " id needs " + parts + " parts separated by '/': " + id);
        }
        for (String s : p) {
            if (!SEGMENT.matcher(s).matches()) {
                throw new IllegalArgumentException("X-Road " + what + " id has an invalid part '" + s + "'");
            }
        }
    }

    @Override
    public URI uri(ItemKind kind, UUID id, String suffix) {
        String base = securityServer.toString().replaceAll("/+$", "");
        return URI.create(base + "/r1/" + service + "/v1/" + kind.resource() + "/" + id + suffix);
    }

    @Override
    public void decorate(HttpRequest.Builder request) {
        request.header("X-Road-Client", client);
        request.header("X-Road-Id", UUID.randomUUID().toString());
        if (!userId.isEmpty()) {
            request.header("X-Road-UserId", userId);
        }
    }
}
