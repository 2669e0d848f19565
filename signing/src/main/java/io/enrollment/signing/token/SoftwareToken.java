package io.enrollment.signing.token;

import io.enrollment.signing.BouncyCastle;
import io.enrollment.signing.Certificates;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SignatureAlgorithm;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.WrongPinException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import javax.security.auth.callback.CallbackHandler;

/**
 * A "software token": the officer's key in a PKCS#12 file. For the DEMO only: the key is a file on
 * disk, which R-SIGN-2 forbids for real enrollments. Sessions from it report
 * {@link OfficerSession#isSoftware()} {@code true} so the UI can show DEMO in red.
 */
public final class SoftwareToken {
    private final Path file;
    private final CertificateValidator validator;
    private final RolePolicy roles;
    private final LoginGuard guard;

    public SoftwareToken(Path file, CertificateValidator validator, RolePolicy roles, LoginGuard guard) {
        this.file = Objects.requireNonNull(file, "file");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.roles = Objects.requireNonNull(roles, "roles");
        this.guard = Objects.requireNonNull(guard, "guard");
    }

    /**
     * Opens the file with the PIN (the PKCS#12 password) asked through the handler.
     *
     * @throws WrongPinException for a wrong password
     * @throws SigningException NO_TOKEN (no file), PIN_LOCKED (workstation lock), NO_KEY, certificate problems
     */
    public OfficerSession login(CallbackHandler pinHandler) throws SigningException {
        String id = "software token " + file.getFileName();
        guard.checkNotLocked(id);
        if (!Files.isRegularFile(file)) {
            throw new SigningException(SigningError.NO_TOKEN, "software token file not found: " + file);
        }
        char[] pin = PinPrompt.ask(pinHandler, id, "");
        KeyStore ks;
        try (InputStream in = Files.newInputStream(file)) {
            ks = KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER);
            ks.load(in, pin);
        } catch (NoSuchFileException e) {
            throw new SigningException(SigningError.NO_TOKEN, "software token file not found: " + file, e);
        } catch (IOException e) {
            boolean locksNow = guard.nextFailureLocks(id);
            int n = guard.recordFailure(id, id);
            if (locksNow) {
                throw new SigningException(SigningError.PIN_LOCKED, "wrong PIN; " + id
                        + " is now locked at this workstation after " + n + " wrong PINs in a row");
            }
            throw new WrongPinException("wrong PIN for " + id + " (or the file is damaged); " + n + " wrong in a row here",
                    OptionalInt.empty(), false, n);
        } catch (GeneralSecurityException e) {
            throw new SigningException(SigningError.NO_KEY, "cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            guard.recordSuccess(id);
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias)) {
                    PrivateKey key = (PrivateKey) ks.getKey(alias, pin);
                    List<X509Certificate> chain = new ArrayList<>();
                    for (Certificate c : ks.getCertificateChain(alias)) {
                        chain.add(Certificates.normalise((X509Certificate) c));
                    }
                    var officer = TokenLogin.accept(chain.get(0), chain.subList(1, chain.size()), validator, roles, guard, id);
                    SignatureAlgorithm algorithm = SignatureAlgorithm.forKey(chain.get(0).getPublicKey()).orElseThrow(() ->
                            new SigningException(SigningError.UNSUPPORTED_ALGORITHM, "the key in " + file
                                    + " is of a type this workstation does not sign with"));
                    return new SoftwareOfficerSession(id, key, chain, officer, algorithm);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new SigningException(SigningError.NO_KEY, "cannot read the key in " + file + ": " + e.getMessage(), e);
        } finally {
            Arrays.fill(pin, '\0');
        }
        throw new SigningException(SigningError.NO_KEY, "no private key in " + file);
    }
}
