package io.enrollment.signing.token;

import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SignatureAlgorithm;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.pkcs11.Pkcs11Constants;
import java.io.IOException;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;

/**
 * An officer's smartcard/USB token reached through the JDK's SunPKCS11 provider, configured at run
 * time from a {@link TokenConfig}. {@link #login} asks for the PIN, logs in, finds the private key
 * that has a certificate under the same CKA_ID, checks the certificate and returns a session.
 * SunPKCS11 maps ECDSA and RSA (PKCS#1 v1.5 and PSS); for GOST tokens use {@link RawPkcs11Token}.
 */
public final class Pkcs11Token {
    private final TokenConfig config;
    private final CertificateValidator validator;
    private final RolePolicy roles;
    private final LoginGuard guard;

    public Pkcs11Token(TokenConfig config, CertificateValidator validator, RolePolicy roles, LoginGuard guard) {
        this.config = Objects.requireNonNull(config, "config");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.roles = Objects.requireNonNull(roles, "roles");
        this.guard = Objects.requireNonNull(guard, "guard");
    }

    /**
     * Logs the officer in. Cost: ~70 ms to configure the provider plus the token's login time.
     *
     * @throws io.enrollment.signing.WrongPinException for a wrong PIN (with the token's warnings)
     * @throws SigningException NO_TOKEN, PIN_LOCKED, LOGIN_CANCELLED, NO_KEY, CERTIFICATE_EXPIRED,
     *                          CERTIFICATE_NOT_YET_VALID, WRONG_KEY_USAGE, UNTRUSTED_CHAIN,
     *                          UNSUPPORTED_ALGORITHM
     */
    public OfficerSession login(CallbackHandler pinHandler) throws SigningException {
        TokenLogin.Found token = TokenLogin.find(config);
        AuthProvider provider = configure();
        TokenLogin.login(token, pinHandler, guard, pin -> loginWith(provider, pin));
        boolean ok = false;
        try {
            KeyStore ks = KeyStore.getInstance("PKCS11", provider);
            ks.load(null, null);
            String alias = signingAlias(ks);
            PrivateKey key = (PrivateKey) ks.getKey(alias, null);
            List<X509Certificate> chain = chainOf(ks, alias);
            X509Certificate cert = chain.get(0);
            var officer = TokenLogin.accept(cert, chain.subList(1, chain.size()), validator, roles, guard, token.id());
            SignatureAlgorithm algorithm = SignatureAlgorithm.forKey(cert.getPublicKey()).orElseThrow(() ->
                    new SigningException(SigningError.UNSUPPORTED_ALGORITHM, "the key on token " + token.id()
                            + " is " + cert.getPublicKey().getAlgorithm() + ", which this workstation does not sign with"));
            Pkcs11OfficerSession session = new Pkcs11OfficerSession(provider, token.raw(), token.slot(), token.info(),
                    key, chain, officer, algorithm, guard);
            ok = true;
            return session;
        } catch (IOException | GeneralSecurityException | ProviderException e) {
            throw new SigningException(SigningError.NO_KEY, "cannot read the key and certificate on token "
                    + token.id() + ": " + e.getMessage(), e);
        } finally {
            if (!ok) {
                logoutQuietly(provider);
            }
        }
    }

    /** The configuration. */
    public TokenConfig config() {
        return config;
    }

    private AuthProvider configure() throws SigningException {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new SigningException(SigningError.NO_TOKEN, "this Java runtime has no SunPKCS11 provider");
        }
        try {
            return (AuthProvider) base.configure(config.sunPkcs11Config());
        } catch (ProviderException | java.security.InvalidParameterException e) {
            throw new SigningException(SigningError.NO_TOKEN, "cannot open PKCS#11 library " + config.library()
                    + " slot " + config.slotListIndex() + ": " + rootMessage(e), e);
        }
    }

    private static TokenLogin.Outcome loginWith(AuthProvider provider, char[] pin) throws SigningException {
        CallbackHandler fixed = callbacks -> {
            for (Callback c : callbacks) {
                if (c instanceof PasswordCallback) {
                    ((PasswordCallback) c).setPassword(pin);
                }
            }
        };
        try {
            provider.login(null, fixed);
            return TokenLogin.Outcome.OK;
        } catch (FailedLoginException e) {
            return TokenLogin.Outcome.WRONG_PIN;
        } catch (LoginException e) {
            String why = rootMessage(e);
            if (why.contains("CKR_PIN_LOCKED")) {
                return TokenLogin.Outcome.LOCKED;
            }
            if (why.contains("CKR_PIN_INCORRECT")) {
                return TokenLogin.Outcome.WRONG_PIN;
            }
            SigningError kind = Pkcs11Constants.nameMeansTokenGone(why) ? SigningError.NO_TOKEN : SigningError.CRYPTO_FAILURE;
            throw new SigningException(kind, "login failed: " + why, e);
        } catch (ProviderException e) {
            throw new SigningException(SigningError.NO_TOKEN, "login failed, token not usable: " + rootMessage(e), e);
        }
    }

    private static String signingAlias(KeyStore ks) throws GeneralSecurityException, SigningException {
        List<String> withKey = new ArrayList<>();
        for (String alias : Collections.list(ks.aliases())) {
            if (ks.isKeyEntry(alias) && ks.getCertificate(alias) instanceof X509Certificate) {
                withKey.add(alias);
            }
        }
        for (String alias : withKey) {
            if (CertificateValidator.keyUsageProblem((X509Certificate) ks.getCertificate(alias)).isEmpty()) {
                return alias;
            }
        }
        if (!withKey.isEmpty()) {
            return withKey.get(0);
        }
        throw new SigningException(SigningError.NO_KEY, "the token holds no private key with a certificate under the "
                + "same CKA_ID (a key without its certificate is invisible): import the officer's certificate");
    }

    private static List<X509Certificate> chainOf(KeyStore ks, String alias) throws GeneralSecurityException {
        Certificate[] chain = ks.getCertificateChain(alias);
        List<X509Certificate> out = new ArrayList<>();
        if (chain == null || chain.length == 0) {
            out.add((X509Certificate) ks.getCertificate(alias));
        } else {
            for (Certificate c : chain) {
                out.add((X509Certificate) c);
            }
        }
        return out;
    }

    static void logoutQuietly(AuthProvider provider) {
        try {
            provider.logout();
        } catch (LoginException | ProviderException e) {
            // the token may already be gone; there is nothing left to log out of
        }
    }

    static String rootMessage(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                if (sb.length() > 0) {
                    sb.append(": ");
                }
                sb.append(t.getMessage());
            }
        }
        return sb.length() == 0 ? e.getClass().getSimpleName() : sb.toString();
    }
}
