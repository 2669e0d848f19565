package io.enrollment.signing.token;

import io.enrollment.core.Officer;
import io.enrollment.signing.BouncyCastle;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SignatureAlgorithm;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A session over a software key (PKCS#12 file, or a key made in memory by the demo/test PKI).
 * {@link #isSoftware()} is always true: DEMO only.
 */
public final class SoftwareOfficerSession implements OfficerSession {
    private final String description;
    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final Officer officer;
    private final SignatureAlgorithm algorithm;
    private volatile boolean open = true;

    /**
     * A session over a key already in memory (tests, benchmarks, the demo). The certificate is not
     * checked here: use {@link SoftwareToken} for the checked login.
     */
    public SoftwareOfficerSession(String description, PrivateKey key, List<X509Certificate> chain, Officer officer,
                                  SignatureAlgorithm algorithm) {
        this.description = Objects.requireNonNull(description, "description");
        this.key = Objects.requireNonNull(key, "key");
        this.chain = List.copyOf(chain);
        if (this.chain.isEmpty()) {
            throw new IllegalArgumentException("a session needs the officer's certificate");
        }
        this.officer = Objects.requireNonNull(officer, "officer");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    }

    @Override
    public Officer officer() {
        return officer;
    }

    @Override
    public X509Certificate certificate() {
        return chain.get(0);
    }

    @Override
    public List<X509Certificate> chain() {
        return chain;
    }

    @Override
    public SignatureAlgorithm defaultAlgorithm() {
        return algorithm;
    }

    @Override
    public ContentSigner contentSigner(SignatureAlgorithm requested) throws SigningException {
        if (!open) {
            throw SessionEnd.closed(description);
        }
        if (!requested.fits(certificate().getPublicKey())) {
            throw new SigningException(SigningError.UNSUPPORTED_ALGORITHM, requested.displayName()
                    + " does not fit the key of " + description);
        }
        try {
            return new JcaContentSignerBuilder(requested.jcaName()).setProvider(BouncyCastle.PROVIDER).build(key);
        } catch (OperatorCreationException e) {
            throw new SigningException(SigningError.UNSUPPORTED_ALGORITHM, "cannot sign with " + requested.displayName()
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public PrivateKey privateKey() throws SigningException {
        if (!open) {
            throw SessionEnd.closed(description);
        }
        return key;
    }

    @Override
    public Provider keyProvider() {
        return BouncyCastle.PROVIDER;
    }

    @Override
    public boolean isSoftware() {
        return true;
    }

    @Override
    public String tokenDescription() {
        return description + " (DEMO: software key)";
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void checkPresent() throws SigningException {
        if (!open) {
            throw SessionEnd.closed(description);
        }
    }

    @Override
    public SigningException failure(String what, Exception cause) {
        return new SigningException(SigningError.CRYPTO_FAILURE, what + " failed: " + cause.getMessage(), cause);
    }

    @Override
    public void close() {
        open = false;
    }
}
