package io.enrollment.signing;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The BouncyCastle provider instance this module passes explicitly to JCA calls. It is never
 * registered globally ({@code Security.addProvider}), so the rest of the application keeps the
 * JDK's providers.
 */
public final class BouncyCastle {
    /** Shared, stateless provider instance. */
    public static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }
}
