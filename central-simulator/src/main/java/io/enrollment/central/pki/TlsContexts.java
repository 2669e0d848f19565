package io.enrollment.central.pki;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** TLS 1.3 contexts built from the simulator's PKI. */
public final class TlsContexts {
    /** The only protocol the simulator speaks. */
    public static final String PROTOCOL = "TLSv1.3";

    private TlsContexts() {
    }

    /** Server side: the central key and certificate; trusts client certificates issued by the simulator CA. */
    public static SSLContext server(SimulatorPki pki) throws GeneralSecurityException {
        return context(pki.central(), pki.ca().certificate());
    }

    /**
     * Client side, as a workstation would build it: its own key and certificate, and trust in exactly
     * one certificate (the pinned central certificate, or a CA in tests that want to show refusal).
     *
     * @param clientKey the client's key entry, or {@code null} for a client without a certificate
     */
    public static SSLContext client(SimulatorPki.KeyEntry clientKey, X509Certificate trusted)
            throws GeneralSecurityException {
        return context(clientKey, trusted);
    }

    private static SSLContext context(SimulatorPki.KeyEntry own, X509Certificate trusted) throws GeneralSecurityException {
        try {
            KeyManagerFactory kmf = null;
            if (own != null) {
                KeyStore keys = KeyStore.getInstance("PKCS12");
                keys.load(null, null);
                keys.setKeyEntry(SimulatorPki.ALIAS, own.key(), SimulatorPki.PASSWORD.toCharArray(), own.chain());
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(keys, SimulatorPki.PASSWORD.toCharArray());
            }
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("trusted", trusted);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ctx = SSLContext.getInstance(PROTOCOL);
            ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return ctx;
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException("cannot build the TLS context: " + e.getMessage(), e);
        }
    }
}
