package io.enrollment.app.incident;

import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.PackageSealer;
import io.enrollment.signing.SigningException;
import java.util.Objects;

/** Seals events with the workstation's own key, to the central system's certificate. */
public final class WorkstationEventSealer implements EventSealer {
    private final WorkstationKey key;
    private final PackageSealer sealer;

    public WorkstationEventSealer(WorkstationKey key, PackageSealer sealer) {
        this.key = Objects.requireNonNull(key, "key");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
    }

    @Override
    public byte[] seal(byte[] document) throws SigningException {
        try (OfficerSession session = key.open()) {
            return sealer.seal(session, document).envelope();
        }
    }
}
