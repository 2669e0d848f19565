package io.enrollment.signing.tsp;

import io.enrollment.signing.BouncyCastle;
import java.io.IOException;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 time-stamp responder without transport: {@link #respond(byte[])} turns a DER
 * TimeStampReq into a DER TimeStampResp. The central simulator serves it over HTTP
 * ({@code POST}, {@code application/timestamp-query} in, {@code application/timestamp-reply} out).
 * Its certificate must carry the critical extended key usage id-kp-timeStamping. Thread-safe.
 */
public final class TimestampAuthority {
    /** Accepted message-imprint hashes. */
    private static final Set<ASN1ObjectIdentifier> ACCEPTED = Set.of(TSPAlgorithms.SHA256, TSPAlgorithms.SHA384,
            TSPAlgorithms.SHA512, TSPAlgorithms.GOST3411_2012_256, TSPAlgorithms.GOST3411_2012_512);

    private final TimeStampResponseGenerator generator;
    private final Clock clock;
    private final AtomicLong serial;

    /**
     * @param key          the TSA's signing key
     * @param chain        the TSA certificate first, then its issuers
     * @param signatureAlg JCA signature name, e.g. {@code SHA256withECDSA}
     * @param policy       the TSA policy OID put in every token
     * @param clock        time source (inject a fixed clock in tests)
     * @throws IllegalArgumentException if the certificate cannot serve as a TSA certificate
     */
    public TimestampAuthority(PrivateKey key, List<X509Certificate> chain, String signatureAlg,
                              ASN1ObjectIdentifier policy, Clock clock) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.serial = new AtomicLong(clock.millis());
        try {
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().setProvider(BouncyCastle.PROVIDER)
                            .build(signatureAlg, key, chain.get(0)),
                    new JcaDigestCalculatorProviderBuilder().build()
                            .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    policy);
            tokens.addCertificates(new JcaCertStore(chain));
            this.generator = new TimeStampResponseGenerator(tokens, ACCEPTED);
        } catch (OperatorCreationException | TSPException | CertificateEncodingException e) {
            throw new IllegalArgumentException("cannot set up the TSA: " + e.getMessage(), e);
        }
    }

    /**
     * Answers one request. A malformed or unacceptable request gets a rejection response (never an
     * exception), as RFC 3161 requires.
     */
    public byte[] respond(byte[] requestDer) {
        TimeStampResponse response;
        try {
            TimeStampRequest request;
            try {
                request = new TimeStampRequest(requestDer);
            } catch (IOException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
                response = generator.generateFailResponse(PKIStatus.REJECTION, PKIFailureInfo.badDataFormat,
                        "malformed TimeStampReq");
                return response.getEncoded();
            }
            response = generator.generate(request, BigInteger.valueOf(serial.incrementAndGet()),
                    Date.from(clock.instant()));
            return response.getEncoded();
        } catch (TSPException | IOException e) {
            throw new IllegalStateException("TSA failed to encode a response: " + e.getMessage(), e);
        }
    }
}
