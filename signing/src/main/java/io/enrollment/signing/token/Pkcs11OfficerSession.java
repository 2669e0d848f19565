package io.enrollment.signing.token;

import io.enrollment.core.Officer;
import io.enrollment.signing.SignatureAlgorithm;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.pkcs11.RawPkcs11;
import io.enrollment.signing.pkcs11.RawPkcs11Exception;
import io.enrollment.signing.pkcs11.TokenInfo;
import java.security.AuthProvider;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.List;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A session on a token through SunPKCS11. Made by {@link Pkcs11Token#login}. */
public final class Pkcs11OfficerSession extends TokenOfficerSession {
    private final AuthProvider provider;
    private final RawPkcs11 raw;
    private final long slot;
    private final TokenInfo info;
    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final SignatureAlgorithm algorithm;

    Pkcs11OfficerSession(AuthProvider provider, RawPkcs11 raw, long slot, TokenInfo info, PrivateKey key,
                         List<X509Certificate> chain, Officer officer, SignatureAlgorithm algorithm, LoginGuard guard) {
        super(raw, slot, info, officer, guard);
        this.provider = provider;
        this.raw = raw;
        this.slot = slot;
        this.info = info;
        this.key = key;
        this.chain = List.copyOf(chain);
        this.algorithm = algorithm;
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
        ensureOpen();
        if (!requested.fits(certificate().getPublicKey())) {
            throw new SigningException(SigningError.UNSUPPORTED_ALGORITHM, requested.displayName()
                    + " does not fit the " + certificate().getPublicKey().getAlgorithm() + " key on token " + info.describe());
        }
        if (requested.isGost()) {
            throw new SigningException(SigningError.UNSUPPORTED_ALGORITHM,
                    "SunPKCS11 has no GOST mapping: sign GOST on a token through RawPkcs11Token");
        }
        try {
            JcaContentSignerBuilder builder = requested == SignatureAlgorithm.RSA_PSS_SHA256
                    ? new JcaContentSignerBuilder("RSASSA-PSS",
                            new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1))
                    : new JcaContentSignerBuilder(requested.jcaName());
            return builder.setProvider(provider).build(key);
        } catch (OperatorCreationException | IllegalArgumentException e) {
            throw failure("preparing a " + requested.displayName() + " signature", e);
        }
    }

    @Override
    public PrivateKey privateKey() throws SigningException {
        ensureOpen();
        return key;
    }

    @Override
    public Provider keyProvider() {
        return provider;
    }

    @Override
    void release(boolean tokenGone) {
        if (tokenGone) {
            try {
                raw.closeAllSessions(slot);
            } catch (RawPkcs11Exception e) {
                // the slot is gone with the token: nothing is left open
            }
        }
        Pkcs11Token.logoutQuietly(provider);
    }
}
