package io.enrollment.signing.tsp;

import io.enrollment.signing.BouncyCastle;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Store;

/**
 * RFC 3161 client over HTTP(S) POST ({@code application/timestamp-query}). Asks for the TSA's
 * certificate in the token, a random nonce, SHA-256 imprint; checks the response against the
 * request and the token's signature against the TSA certificate it carries (trust in that
 * certificate is the verifier's job).
 */
public final class TimestampClient implements TimestampSource {
    private final URI url;
    private final Duration timeout;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param url     the TSA endpoint, e.g. the central system's {@code https://…/tsa}
     * @param timeout connect and answer timeout; when it passes the signature goes out without a
     *                time-stamp (offline)
     */
    public TimestampClient(URI url, Duration timeout) {
        this.url = Objects.requireNonNull(url, "url");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** The endpoint. */
    public URI url() {
        return url;
    }

    @Override
    public TimeStampToken stamp(byte[] data) throws SigningException {
        TimeStampRequestGenerator gen = new TimeStampRequestGenerator();
        gen.setCertReq(true);
        TimeStampRequest request = gen.generate(TSPAlgorithms.SHA256, sha256(data), new BigInteger(64, random));
        byte[] answer;
        try {
            HttpRequest post = HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build();
            HttpResponse<byte[]> response = http.send(post, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new SigningException(SigningError.TIMESTAMP_FAILED, "TSA " + url + " answered HTTP "
                        + response.statusCode());
            }
            answer = response.body();
        } catch (HttpTimeoutException e) {
            throw new SigningException(SigningError.TIMESTAMP_UNAVAILABLE, "TSA " + url + " did not answer within "
                    + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new SigningException(SigningError.TIMESTAMP_UNAVAILABLE, "TSA " + url + " unreachable: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SigningException(SigningError.TIMESTAMP_UNAVAILABLE, "interrupted while waiting for TSA " + url, e);
        }
        return check(request, answer);
    }

    static TimeStampToken check(TimeStampRequest request, byte[] answer) throws SigningException {
        TimeStampResponse response;
        try {
            response = new TimeStampResponse(answer);
            response.validate(request);
        } catch (TSPException | IOException | IllegalArgumentException | IllegalStateException e) {
            throw new SigningException(SigningError.TIMESTAMP_FAILED, "TSA response unusable: " + e.getMessage(), e);
        }
        TimeStampToken token = response.getTimeStampToken();
        if (token == null) {
            throw new SigningException(SigningError.TIMESTAMP_FAILED, "TSA refused: status " + response.getStatus()
                    + (response.getStatusString() == null ? "" : " " + response.getStatusString()));
        }
        verifyTokenSignature(token);
        return token;
    }

    /**
     * Verifies a token's signature with the TSA certificate it carries (and that certificate's
     * time-stamping extended key usage).
     *
     * @return the TSA certificate
     */
    public static X509Certificate verifyTokenSignature(TimeStampToken token) throws SigningException {
        @SuppressWarnings("unchecked")
        Store<X509CertificateHolder> store = token.getCertificates();
        @SuppressWarnings("unchecked") // SignerId is a raw Selector
        Collection<X509CertificateHolder> matches = store.getMatches(token.getSID());
        if (matches.isEmpty()) {
            throw new SigningException(SigningError.TIMESTAMP_FAILED, "time-stamp token carries no TSA certificate");
        }
        try {
            X509CertificateHolder holder = matches.iterator().next();
            SignerInformationVerifier verifier = new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(BouncyCastle.PROVIDER).build(holder);
            token.validate(verifier);
            return io.enrollment.signing.Certificates.of(holder);
        } catch (TSPException | OperatorCreationException | java.security.cert.CertificateException e) {
            throw new SigningException(SigningError.TIMESTAMP_FAILED, "time-stamp token does not verify: "
                    + e.getMessage(), e);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the Java runtime", e);
        }
    }
}
