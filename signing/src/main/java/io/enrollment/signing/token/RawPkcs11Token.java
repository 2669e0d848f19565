package io.enrollment.signing.token;

import io.enrollment.signing.Certificates;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SignatureAlgorithm;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.pkcs11.Pkcs11Constants;
import io.enrollment.signing.pkcs11.RawPkcs11Exception;
import io.enrollment.signing.pkcs11.RawSession;
import io.enrollment.signing.pkcs11.RawSignatureMechanism;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.security.auth.callback.CallbackHandler;

/**
 * An officer token used through direct PKCS#11 calls instead of SunPKCS11: the path for tokens
 * whose signature mechanisms SunPKCS11 does not map, i.e. GOST R 34.10-2012 on Rutoken/JaCarta
 * ({@link RawSignatureMechanism#GOST3410_2012_256}). It finds the certificate objects, the private
 * key under the same CKA_ID, and signs through {@link io.enrollment.signing.pkcs11.RawPkcs11ContentSigner}.
 *
 * <p>Tested here with ECDSA (and RSA PKCS#1) on SoftHSM2, which has no GOST; the GOST mechanisms
 * are written to the TC 26 PKCS#11 extension but not tested against a real token.
 */
public final class RawPkcs11Token {
    private final TokenConfig config;
    private final CertificateValidator validator;
    private final RolePolicy roles;
    private final LoginGuard guard;
    private final Function<SignatureAlgorithm, Optional<RawSignatureMechanism>> mechanisms;

    /** With the default mechanisms ({@link RawSignatureMechanism#defaultFor}). */
    public RawPkcs11Token(TokenConfig config, CertificateValidator validator, RolePolicy roles, LoginGuard guard) {
        this(config, validator, roles, guard, RawSignatureMechanism::defaultFor);
    }

    /** With a vendor-specific choice of mechanism per algorithm. */
    public RawPkcs11Token(TokenConfig config, CertificateValidator validator, RolePolicy roles, LoginGuard guard,
                          Function<SignatureAlgorithm, Optional<RawSignatureMechanism>> mechanisms) {
        this.config = Objects.requireNonNull(config, "config");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.roles = Objects.requireNonNull(roles, "roles");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.mechanisms = Objects.requireNonNull(mechanisms, "mechanisms");
    }

    /**
     * Logs in and finds the officer's key and certificate.
     *
     * @throws SigningException as {@link Pkcs11Token#login}
     */
    public OfficerSession login(CallbackHandler pinHandler) throws SigningException {
        TokenLogin.Found token = TokenLogin.find(config);
        RawSession session;
        try {
            session = token.raw().openSession(token.slot());
        } catch (RawPkcs11Exception e) {
            throw new SigningException(SigningError.NO_TOKEN, "cannot open a session on token " + token.id() + ": "
                    + e.getMessage(), e);
        }
        boolean ok = false;
        try {
            TokenLogin.login(token, pinHandler, guard, pin -> attempt(session, pin));
            KeyAndCert found = findKeyAndCertificate(session, token.id());
            var officer = TokenLogin.accept(found.cert(), List.of(), validator, roles, guard, token.id());
            SignatureAlgorithm algorithm = SignatureAlgorithm.forKey(found.cert().getPublicKey()).orElseThrow(() ->
                    new SigningException(SigningError.UNSUPPORTED_ALGORITHM, "the key on token " + token.id()
                            + " is of a type this workstation does not sign with"));
            RawSignatureMechanism mechanism = mechanisms.apply(algorithm).orElseThrow(() ->
                    new SigningException(SigningError.UNSUPPORTED_ALGORITHM, "no raw PKCS#11 mechanism configured for "
                            + algorithm.displayName()));
            RawPkcs11OfficerSession s = new RawPkcs11OfficerSession(token.raw(), session, token.info(), found.key(),
                    found.cert(), officer, algorithm, mechanism, guard);
            ok = true;
            return s;
        } finally {
            if (!ok) {
                session.logout();
                session.close();
            }
        }
    }

    private static TokenLogin.Outcome attempt(RawSession session, char[] pin) throws SigningException {
        try {
            session.login(pin);
            return TokenLogin.Outcome.OK;
        } catch (RawPkcs11Exception e) {
            if (e.returnValue() == Pkcs11Constants.CKR_PIN_INCORRECT) {
                return TokenLogin.Outcome.WRONG_PIN;
            }
            if (e.returnValue() == Pkcs11Constants.CKR_PIN_LOCKED) {
                return TokenLogin.Outcome.LOCKED;
            }
            throw new SigningException(e.tokenGone() ? SigningError.NO_TOKEN : SigningError.CRYPTO_FAILURE,
                    "login failed: " + e.getMessage(), e);
        }
    }

    private record KeyAndCert(long key, X509Certificate cert) { }

    private static KeyAndCert findKeyAndCertificate(RawSession session, String tokenId) throws SigningException {
        KeyAndCert fallback = null;
        try {
            for (long certHandle : session.findObjects(new long[] {Pkcs11Constants.CKA_CLASS},
                    new byte[][] {ulong(Pkcs11Constants.CKO_CERTIFICATE)})) {
                X509Certificate cert;
                try {
                    cert = Certificates.parse(session.attribute(certHandle, Pkcs11Constants.CKA_VALUE));
                } catch (CertificateException e) {
                    continue;
                }
                byte[] id = session.attribute(certHandle, Pkcs11Constants.CKA_ID);
                List<Long> keys = session.findObjects(new long[] {Pkcs11Constants.CKA_CLASS, Pkcs11Constants.CKA_ID},
                        new byte[][] {ulong(Pkcs11Constants.CKO_PRIVATE_KEY), id});
                if (keys.isEmpty()) {
                    continue;
                }
                KeyAndCert candidate = new KeyAndCert(keys.get(0), cert);
                if (CertificateValidator.keyUsageProblem(cert).isEmpty()) {
                    return candidate;
                }
                if (fallback == null) {
                    fallback = candidate;
                }
            }
        } catch (RawPkcs11Exception e) {
            throw new SigningException(e.tokenGone() ? SigningError.TOKEN_REMOVED : SigningError.NO_KEY,
                    "cannot read objects on token " + tokenId + ": " + e.getMessage(), e);
        }
        if (fallback != null) {
            return fallback;
        }
        throw new SigningException(SigningError.NO_KEY, "token " + tokenId + " holds no private key with a "
                + "certificate under the same CKA_ID");
    }

    /** A CK_ULONG attribute value in the platform's byte order and size. */
    static byte[] ulong(long value) {
        int size = com.sun.jna.NativeLong.SIZE;
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.nativeOrder());
        if (size == 8) {
            b.putLong(value);
        } else {
            b.putInt((int) value);
        }
        return b.array();
    }
}
