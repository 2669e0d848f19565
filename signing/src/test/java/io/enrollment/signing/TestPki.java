package io.enrollment.signing;

import io.enrollment.core.sample.Place;
import io.enrollment.signing.demo.DemoPki;
import io.enrollment.signing.demo.KeyType;
import io.enrollment.signing.token.RolePolicy;
import io.enrollment.signing.token.SoftwareOfficerSession;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/** Shared in-memory test PKI (keys are made once per JVM: RSA and GOST key generation is slow). */
public final class TestPki {
    public static final Clock CLOCK = Clock.systemUTC();
    public static final Place PLACE = new Place("Test Bank branch 42, Moscow", 55.7558, 37.6173);

    private static DemoPki ca;
    private static DemoPki otherCa;
    private static final Map<KeyType, DemoPki.Issued> OFFICERS = new EnumMap<>(KeyType.class);

    private TestPki() {
    }

    public static synchronized DemoPki ca() {
        if (ca == null) {
            ca = create("Test CA");
        }
        return ca;
    }

    /** A second CA nobody trusts. */
    public static synchronized DemoPki otherCa() {
        if (otherCa == null) {
            otherCa = create("Rogue CA");
        }
        return otherCa;
    }

    public static synchronized DemoPki.Issued officer(KeyType type) {
        return OFFICERS.computeIfAbsent(type, t -> {
            try {
                return ca().issueOfficer("Officer " + t, "Test Bank", t);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A software session for an officer of that key type. */
    public static OfficerSession session(KeyType type) {
        return session(officer(type));
    }

    public static OfficerSession session(DemoPki.Issued issued) {
        return new SoftwareOfficerSession("test key", issued.privateKey(), issued.chain(),
                RolePolicy.operatorsOnly().officer(issued.certificate()),
                SignatureAlgorithm.forKey(issued.publicKey()).orElseThrow());
    }

    private static DemoPki create(String name) {
        try {
            return DemoPki.create(name, KeyType.EC_P256, CLOCK);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
