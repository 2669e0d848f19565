package io.enrollment.queue.transmit;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * TLS for talking to the central system: TLS 1.3 only, the workstation's client certificate, and trust in
 * exactly one pinned server certificate (not a CA list, not a host name).
 */
public final class ClientTls {
    private final SSLContext context;
    private final X509Certificate pinned;

    private ClientTls(SSLContext context, X509Certificate pinned) {
        this.context = context;
        this.pinned = pinned;
    }

    /**
     * @param clientKeys a key store holding the workstation's key and certificate (PKCS#12, or a PKCS#11 key store)
     * @param password   its password (null for a PKCS#11 key store after login)
     */
    public static ClientTls create(KeyStore clientKeys, char[] password, X509Certificate pinnedCentral)
            throws GeneralSecurityException {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(clientKeys, password);
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(kmf.getKeyManagers(), new TrustManager[] {new PinnedTrustManager(pinnedCentral)}, null);
        return new ClientTls(ctx, pinnedCentral);
    }

    public SSLContext context() {
        return context;
    }

    public X509Certificate pinned() {
        return pinned;
    }

    public static SSLParameters parameters() {
        SSLParameters p = new SSLParameters();
        p.setProtocols(new String[] {"TLSv1.3"});
        return p;
    }

    /** Trusts the server only when its certificate is byte for byte the pinned one. */
    static final class PinnedTrustManager extends X509ExtendedTrustManager {
        private final X509Certificate pinned;

        PinnedTrustManager(X509Certificate pinned) {
            this.pinned = pinned;
        }

        private void check(X509Certificate[] chain) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("the central system presented no certificate");
            }
            if (!Arrays.equals(chain[0].getEncoded(), pinned.getEncoded())) {
                throw new CertificateException("the server's certificate (" + chain[0].getSubjectX500Principal()
                        + ") is not the pinned central certificate");
            }
            chain[0].checkValidity();
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("a workstation is never a TLS server");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            throw new CertificateException("a workstation is never a TLS server");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            throw new CertificateException("a workstation is never a TLS server");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
