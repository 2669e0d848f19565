package io.enrollment.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;

/**
 * Certificate parsing through BouncyCastle, so GOST keys come out as real GOST public keys (the
 * JDK's factory leaves them as opaque keys).
 */
public final class Certificates {
    private Certificates() {
    }

    /** Parses one DER or PEM certificate. */
    public static X509Certificate parse(byte[] encoded) throws CertificateException {
        return (X509Certificate) factory().generateCertificate(new ByteArrayInputStream(encoded));
    }

    /** Converts a BouncyCastle holder. */
    public static X509Certificate of(X509CertificateHolder holder) throws CertificateException {
        return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(holder);
    }

    /** Re-parses a certificate through BouncyCastle. */
    public static X509Certificate normalise(X509Certificate cert) throws CertificateException {
        return parse(cert.getEncoded());
    }

    /** Reads every certificate (PEM or DER) in a file. */
    public static List<X509Certificate> read(Path file) throws IOException, CertificateException {
        List<X509Certificate> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (java.security.cert.Certificate c : factory().generateCertificates(in)) {
                out.add((X509Certificate) c);
            }
        }
        if (out.isEmpty()) {
            throw new CertificateException("no certificate in " + file);
        }
        return out;
    }

    private static CertificateFactory factory() throws CertificateException {
        return CertificateFactory.getInstance("X.509", BouncyCastle.PROVIDER);
    }
}
