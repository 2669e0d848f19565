package io.enrollment.signing.token;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the officer's token is: the vendor's PKCS#11 library and the slot-list index (SoftHSM2 and
 * some readers give slots unstable ids, so the index is used, as SunPKCS11's
 * {@code slotListIndex}).
 *
 * @param library        the PKCS#11 module, e.g. {@code /usr/lib/librtpkcs11ecp.so} (Rutoken)
 * @param slotListIndex  index into the module's slot list, from 0
 * @param name           a short name for the SunPKCS11 provider instance (letters, digits, -)
 */
public record TokenConfig(Path library, int slotListIndex, String name) {
    public TokenConfig {
        Objects.requireNonNull(library, "library");
        if (slotListIndex < 0) {
            throw new IllegalArgumentException("slotListIndex must be >= 0, was " + slotListIndex);
        }
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("token name must be 1-40 letters, digits or '-': " + name);
        }
    }

    /** A config named "officer". */
    public static TokenConfig of(Path library, int slotListIndex) {
        return new TokenConfig(library, slotListIndex, "officer");
    }

    /**
     * The SunPKCS11 configuration text (inline form, starting with "--"). Private keys generated
     * through it are token objects, sensitive and non-extractable; only the transient ECDH secret
     * of envelope opening is readable.
     */
    public String sunPkcs11Config() {
        return "--name = " + name + "\n"
                + "library = \"" + library.toAbsolutePath() + "\"\n"
                + "slotListIndex = " + slotListIndex + "\n"
                + "attributes(generate, CKO_PRIVATE_KEY, *) = {\n"
                + "  CKA_TOKEN = true\n  CKA_PRIVATE = true\n  CKA_SENSITIVE = true\n  CKA_EXTRACTABLE = false\n}\n"
                // the raw ECDH secret of an envelope's key agreement (a session object) must be
                // readable: the RFC 5753 KDF runs in software (see EnvelopeOpener)
                + "attributes(generate, CKO_SECRET_KEY, CKK_GENERIC_SECRET) = {\n"
                + "  CKA_TOKEN = false\n  CKA_SENSITIVE = false\n  CKA_EXTRACTABLE = true\n}\n";
    }
}
