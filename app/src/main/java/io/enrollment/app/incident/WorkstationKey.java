package io.enrollment.app.incident;

import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SecurityEventListener;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.token.CertificateValidator;
import io.enrollment.signing.token.LoginGuard;
import io.enrollment.signing.token.RolePolicy;
import io.enrollment.signing.token.SoftwareToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.PasswordCallback;

/**
 * The workstation's own key (the PKCS#12 of its TLS client certificate, {@code tls.keystore} with
 * {@code tls.keystore.password-file}): it signs what the workstation reports by itself, with no officer
 * present — self-check reports, incident reports, audit anchors. Opened through the signing module's checked
 * login, so an expired or unusable certificate is refused and a wrong password is a security event.
 */
public final class WorkstationKey {
    private final Path keystore;
    private final Path passwordFile;
    private final SoftwareToken token;

    public WorkstationKey(Path keystore, Path passwordFile, CertificateValidator validator,
                          SecurityEventListener events, Clock clock) {
        this.keystore = Objects.requireNonNull(keystore, "keystore");
        this.passwordFile = Objects.requireNonNull(passwordFile, "passwordFile");
        this.token = new SoftwareToken(keystore, validator, RolePolicy.operatorsOnly(), LoginGuard.standard(events, clock));
    }

    public Path keystore() {
        return keystore;
    }

    /**
     * A session over the key; the caller closes it.
     *
     * @throws SigningException NO_TOKEN when the key store or its password file is missing, or a login failure
     */
    public OfficerSession open() throws SigningException {
        char[] password;
        try {
            password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip().toCharArray();
        } catch (IOException e) {
            throw new SigningException(SigningError.NO_TOKEN, "cannot read the workstation key's password file "
                    + passwordFile + ": " + e.getMessage(), e);
        }
        CallbackHandler handler = callbacks -> {
            for (Callback c : callbacks) {
                if (c instanceof PasswordCallback) {
                    ((PasswordCallback) c).setPassword(password);
                }
            }
        };
        return token.login(handler);
    }
}
