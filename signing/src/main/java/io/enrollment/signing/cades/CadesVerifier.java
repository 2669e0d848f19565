package io.enrollment.signing.cades;

import io.enrollment.signing.BouncyCastle;
import io.enrollment.signing.Certificates;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.cades.VerificationResult.ChainStatus;
import io.enrollment.signing.token.CertificateProblem;
import io.enrollment.signing.token.CertificateValidator;
import io.enrollment.signing.tsp.TimestampClient;
import java.io.IOException;
import java.io.OutputStream;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Store;

/**
 * Verifies a CAdES-BES/-T signature (ours or another tool's, e.g. {@code openssl cms -sign -cades})
 * and says who signed, when, with which algorithm, and whether it is valid, or the specific
 * {@link InvalidReason}. Checks, in order: structure; exactly one signer; accepted algorithm;
 * content-type, message-digest, signing-certificate(-v2) and signing-time (or a time-stamp)
 * present; signature and content digest; the signing-certificate attribute binds the verifying
 * certificate; the time-stamp (if any) verifies and covers this signature; the certificate was
 * valid at signing time (the time-stamp's time when present); key usage; chain to the trust
 * anchors (reported NOT_CHECKED when none are configured). Revocation is not checked.
 */
public final class CadesVerifier {
    private static final PreferJdkDigests DIGEST_CALCULATORS = new PreferJdkDigests();
    private static final Map<ASN1ObjectIdentifier, String> DIGESTS = Map.of(
            NISTObjectIdentifiers.id_sha256, "SHA-256",
            NISTObjectIdentifiers.id_sha384, "SHA-384",
            NISTObjectIdentifiers.id_sha512, "SHA-512",
            RosstandartObjectIdentifiers.id_tc26_gost_3411_12_256, "Streebog-256",
            RosstandartObjectIdentifiers.id_tc26_gost_3411_12_512, "Streebog-512");

    private final CertificateValidator validator;

    public CadesVerifier(CertificateValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** Verifies an encapsulated signature. */
    public VerificationResult verify(byte[] cms) {
        return verify(cms, Optional.empty());
    }

    /**
     * Verifies a signature; {@code detachedContent} is the signed content for a detached signature
     * (or, for an encapsulated one, must equal the content inside).
     */
    public VerificationResult verify(byte[] cms, Optional<byte[]> detachedContent) {
        Objects.requireNonNull(cms, "cms");
        Partial p = new Partial();
        try {
            return verify(cms, detachedContent, p);
        } catch (RuntimeException e) {
            // BouncyCastle's lazy ASN.1 parser reports damaged input through assorted unchecked
            // exceptions (IllegalArgument/IllegalState/ClassCast...), possibly only when a part is read.
            return p.fail(InvalidReason.MALFORMED, "damaged CMS structure: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private VerificationResult verify(byte[] cms, Optional<byte[]> detachedContent, Partial p) {
        CMSSignedData signed;
        try {
            signed = new CMSSignedData(cms);
        } catch (CMSException e) {
            return p.fail(InvalidReason.MALFORMED, "not a complete CMS SignedData (truncated or not CMS): " + e.getMessage());
        }
        Object inside = signed.getSignedContent() == null ? null : signed.getSignedContent().getContent();
        if (inside == null) {
            if (detachedContent.isEmpty()) {
                return p.fail(InvalidReason.CONTENT_MISSING, "detached signature: give the signed content (--content)");
            }
            try {
                signed = new CMSSignedData(new CMSProcessableByteArray(detachedContent.get()), cms);
            } catch (CMSException e) {
                return p.fail(InvalidReason.MALFORMED, "not a complete CMS SignedData: " + e.getMessage());
            }
        } else if (detachedContent.isPresent() && !Arrays.equals((byte[]) inside, detachedContent.get())) {
            return p.fail(InvalidReason.CONTENT_MISMATCH, "the content given differs from the content inside the signature");
        }
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.isEmpty()) {
            return p.fail(InvalidReason.NO_SIGNER, "the SignedData has no signer");
        }
        if (signers.size() > 1) {
            return p.fail(InvalidReason.MULTIPLE_SIGNERS, signers.size() + " signers; exactly one is expected");
        }
        SignerInformation signer = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Store<X509CertificateHolder> store = signed.getCertificates();
        @SuppressWarnings("unchecked") // SignerId is a raw Selector
        Collection<X509CertificateHolder> matches = store.getMatches(signer.getSID());
        if (matches.isEmpty()) {
            return p.fail(InvalidReason.SIGNER_CERTIFICATE_MISSING, "the signer's certificate is not in the signature");
        }
        X509CertificateHolder holder = matches.iterator().next();
        X509Certificate cert;
        List<X509Certificate> others = new ArrayList<>();
        try {
            cert = Certificates.of(holder);
            for (X509CertificateHolder h : store.getMatches(null)) {
                if (!h.equals(holder)) {
                    others.add(Certificates.of(h));
                }
            }
        } catch (CertificateException e) {
            return p.fail(InvalidReason.MALFORMED, "unreadable certificate in the signature: " + e.getMessage());
        }
        p.signer = Optional.of(SignerIdentity.of(cert));

        Optional<String> algorithm = algorithmName(signer, cert);
        if (algorithm.isEmpty()) {
            return p.fail(InvalidReason.UNSUPPORTED_ALGORITHM, "signature algorithm " + signer.getEncryptionAlgOID()
                    + " with digest " + signer.getDigestAlgOID() + " is not accepted");
        }
        p.algorithm = algorithm;

        AttributeTable attrs = signer.getSignedAttributes();
        if (attrs == null) {
            return p.fail(InvalidReason.MISSING_SIGNED_ATTRIBUTE, "no signed attributes: not CAdES");
        }
        Attribute signingTime = attrs.get(CMSAttributes.signingTime);
        if (signingTime != null) {
            p.signingTime = Optional.of(Time.getInstance(signingTime.getAttrValues().getObjectAt(0)).getDate().toInstant());
        }
        String missing = missingAttribute(attrs);
        if (missing != null) {
            return p.fail(InvalidReason.MISSING_SIGNED_ATTRIBUTE, "signed attribute " + missing + " is absent");
        }

        try {
            boolean ok = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BouncyCastle.PROVIDER)
                    .setDigestCalculatorProvider(DIGEST_CALCULATORS).build(holder));
            if (!ok) {
                return p.fail(InvalidReason.SIGNATURE_INVALID, "the signature over the signed attributes does not verify "
                        + "with the signer's key: a signed attribute or the signature value was changed");
            }
        } catch (CMSSignerDigestMismatchException e) {
            return p.fail(InvalidReason.CONTENT_DIGEST_MISMATCH, "the content's digest does not match the signed "
                    + "message-digest: the content was changed");
        } catch (CMSVerifierCertificateNotValidException e) {
            Instant at = p.signingTime.orElse(Instant.now());
            CertificateProblem problem = CertificateValidator.validityProblem(cert, at).orElse(
                    new CertificateProblem(io.enrollment.signing.SigningError.CERTIFICATE_EXPIRED, e.getMessage()));
            return p.fail(reasonFor(problem), problem.message());
        } catch (OperatorCreationException e) {
            return p.fail(InvalidReason.UNSUPPORTED_ALGORITHM, "cannot verify " + algorithm.get() + ": " + e.getMessage());
        } catch (CMSException e) {
            return p.fail(InvalidReason.SIGNATURE_INVALID, "signature does not verify: " + e.getMessage());
        } catch (CertificateException e) {
            return p.fail(InvalidReason.MALFORMED, "unreadable signer certificate: " + e.getMessage());
        }

        Optional<String> binding = bindingProblem(attrs, holder);
        if (binding.isPresent()) {
            return p.fail(InvalidReason.SIGNING_CERTIFICATE_MISMATCH, binding.get());
        }

        Attribute tsAttr = signer.getUnsignedAttributes() == null ? null
                : signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (tsAttr != null) {
            Optional<String> tsProblem = checkTimestamp(tsAttr, signer.getSignature(), p);
            if (tsProblem.isPresent()) {
                return p.fail(InvalidReason.TIMESTAMP_INVALID, tsProblem.get());
            }
        }
        Instant at = p.timestampTime.or(() -> p.signingTime).orElseThrow();
        Optional<CertificateProblem> problem = validator.problem(cert, others, at);
        if (problem.isPresent()) {
            return p.fail(reasonFor(problem.get()), problem.get().message());
        }
        ChainStatus chain = validator.checksChain() ? ChainStatus.TRUSTED : ChainStatus.NOT_CHECKED;
        return new VerificationResult(Optional.empty(), "signature, content digest, certificate binding"
                + (p.timestampTime.isPresent() ? ", time-stamp" : "") + " and certificate validity at " + at + " verified"
                + (chain == ChainStatus.TRUSTED ? "; chain trusted" : "; chain NOT checked (no trust anchors)"),
                p.signer, p.signingTime, p.algorithm, p.timestampTime, chain);
    }

    private static String missingAttribute(AttributeTable attrs) {
        if (attrs.get(CMSAttributes.contentType) == null) {
            return "content-type";
        }
        if (attrs.get(CMSAttributes.messageDigest) == null) {
            return "message-digest";
        }
        if (attrs.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) == null
                && attrs.get(PKCSObjectIdentifiers.id_aa_signingCertificate) == null) {
            return "signing-certificate-v2 (CAdES-BES needs it)";
        }
        if (attrs.get(CMSAttributes.signingTime) == null) {
            return "signing-time";
        }
        return null;
    }

    private static Optional<String> algorithmName(SignerInformation signer, X509Certificate cert) {
        String digest = DIGESTS.get(new ASN1ObjectIdentifier(signer.getDigestAlgOID()));
        if (digest == null) {
            return Optional.empty();
        }
        ASN1ObjectIdentifier sig = new ASN1ObjectIdentifier(signer.getEncryptionAlgOID());
        boolean gostDigest = digest.startsWith("Streebog");
        if (!gostDigest && (sig.equals(X9ObjectIdentifiers.id_ecPublicKey) || sig.on(X9ObjectIdentifiers.ecdsa_with_SHA2))) {
            return Optional.of("ECDSA with " + digest);
        }
        if (!gostDigest && sig.equals(PKCSObjectIdentifiers.id_RSASSA_PSS)) {
            return Optional.of("RSASSA-PSS with " + digest);
        }
        if (!gostDigest && (sig.equals(PKCSObjectIdentifiers.rsaEncryption)
                || sig.equals(PKCSObjectIdentifiers.sha256WithRSAEncryption)
                || sig.equals(PKCSObjectIdentifiers.sha384WithRSAEncryption)
                || sig.equals(PKCSObjectIdentifiers.sha512WithRSAEncryption))) {
            return Optional.of("RSA PKCS#1 v1.5 with " + digest);
        }
        if (digest.equals("Streebog-256") && (sig.equals(RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256)
                || sig.equals(RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_256))) {
            return Optional.of("GOST R 34.10-2012 256 with Streebog-256");
        }
        if (digest.equals("Streebog-512") && (sig.equals(RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512)
                || sig.equals(RosstandartObjectIdentifiers.id_tc26_signwithdigest_gost_3410_12_512))) {
            return Optional.of("GOST R 34.10-2012 512 with Streebog-512");
        }
        return Optional.empty();
    }

    private static Optional<String> bindingProblem(AttributeTable attrs, X509CertificateHolder cert) {
        byte[] encoded;
        try {
            encoded = cert.getEncoded();
        } catch (IOException e) {
            return Optional.of("cannot encode the signer certificate: " + e.getMessage());
        }
        Attribute v2 = attrs.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (v2 != null) {
            ESSCertIDv2[] ids = SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0)).getCerts();
            if (ids.length == 0) {
                return Optional.of("signing-certificate-v2 names no certificate");
            }
            ESSCertIDv2 id = ids[0];
            Optional<byte[]> hash = digest(id.getHashAlgorithm(), encoded);
            if (hash.isEmpty()) {
                return Optional.of("signing-certificate-v2 uses an unknown hash " + id.getHashAlgorithm().getAlgorithm());
            }
            if (!Arrays.equals(hash.get(), id.getCertHash())) {
                return Optional.of("the signing-certificate-v2 hash does not match the certificate that verifies the "
                        + "signature: the certificate was swapped");
            }
            return issuerSerialProblem(id.getIssuerSerial(), cert);
        }
        Attribute v1 = attrs.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
        ESSCertID[] ids = SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0)).getCerts();
        if (ids.length == 0) {
            return Optional.of("signing-certificate names no certificate");
        }
        Optional<byte[]> sha1 = digest(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1), encoded);
        if (sha1.isEmpty() || !Arrays.equals(sha1.get(), ids[0].getCertHash())) {
            return Optional.of("the signing-certificate hash does not match the certificate that verifies the signature");
        }
        return issuerSerialProblem(ids[0].getIssuerSerial(), cert);
    }

    private static Optional<String> issuerSerialProblem(IssuerSerial issuerSerial, X509CertificateHolder cert) {
        if (issuerSerial == null) {
            return Optional.empty();
        }
        if (!issuerSerial.getSerial().getValue().equals(cert.getSerialNumber())) {
            return Optional.of("signing-certificate names serial " + issuerSerial.getSerial().getValue().toString(16)
                    + " but the signer certificate has " + cert.getSerialNumber().toString(16));
        }
        for (GeneralName name : issuerSerial.getIssuer().getNames()) {
            if (name.getTagNo() == GeneralName.directoryName
                    && !X500Name.getInstance(name.getName()).equals(cert.getIssuer())) {
                return Optional.of("signing-certificate names another issuer than the signer certificate's");
            }
        }
        return Optional.empty();
    }

    private Optional<String> checkTimestamp(Attribute attr, byte[] signatureValue, Partial p) {
        TimeStampToken token;
        try {
            ASN1Encodable value = attr.getAttrValues().getObjectAt(0);
            token = new TimeStampToken(new CMSSignedData(value.toASN1Primitive().getEncoded()));
        } catch (CMSException | TSPException | IOException e) {
            return Optional.of("the signature time-stamp is not a readable token: " + e.getMessage());
        }
        X509Certificate tsaCert;
        try {
            tsaCert = TimestampClient.verifyTokenSignature(token);
        } catch (SigningException e) {
            return Optional.of(e.getMessage());
        }
        AlgorithmIdentifier imprintAlg = token.getTimeStampInfo().getHashAlgorithm();
        Optional<byte[]> imprint = digest(imprintAlg, signatureValue);
        if (imprint.isEmpty() || !Arrays.equals(imprint.get(), token.getTimeStampInfo().getMessageImprintDigest())) {
            return Optional.of("the time-stamp does not cover this signature value (message imprint differs)");
        }
        Instant genTime = token.getTimeStampInfo().getGenTime().toInstant();
        if (validator.checksChain()) {
            List<X509Certificate> tsaOthers = new ArrayList<>();
            @SuppressWarnings("unchecked")
            Store<X509CertificateHolder> tsaStore = token.getCertificates();
            for (X509CertificateHolder h : tsaStore.getMatches(null)) {
                try {
                    tsaOthers.add(Certificates.of(h));
                } catch (CertificateException e) {
                    return Optional.of("unreadable certificate in the time-stamp: " + e.getMessage());
                }
            }
            Optional<CertificateProblem> problem = validator.problem(tsaCert, tsaOthers, genTime);
            if (problem.isPresent()) {
                return Optional.of("time-stamp authority certificate: " + problem.get().message());
            }
        }
        p.timestampTime = Optional.of(genTime);
        return Optional.empty();
    }

    private static Optional<byte[]> digest(AlgorithmIdentifier alg, byte[] data) {
        try {
            DigestCalculator calc = DIGEST_CALCULATORS.get(new AlgorithmIdentifier(alg.getAlgorithm()));
            try (OutputStream out = calc.getOutputStream()) {
                out.write(data);
            }
            return Optional.of(calc.getDigest());
        } catch (OperatorCreationException | IOException e) {
            return Optional.empty();
        }
    }

    private static InvalidReason reasonFor(CertificateProblem problem) {
        switch (problem.error()) {
            case CERTIFICATE_EXPIRED:
                return InvalidReason.CERTIFICATE_EXPIRED;
            case CERTIFICATE_NOT_YET_VALID:
                return InvalidReason.CERTIFICATE_NOT_YET_VALID;
            case WRONG_KEY_USAGE:
                return InvalidReason.WRONG_KEY_USAGE;
            default:
                return InvalidReason.UNTRUSTED_CHAIN;
        }
    }

    /** What has been learnt so far, reported with a failure too. */
    private static final class Partial {
        Optional<SignerIdentity> signer = Optional.empty();
        Optional<Instant> signingTime = Optional.empty();
        Optional<String> algorithm = Optional.empty();
        Optional<Instant> timestampTime = Optional.empty();

        VerificationResult fail(InvalidReason reason, String detail) {
            return new VerificationResult(Optional.of(reason), detail, signer, signingTime, algorithm, timestampTime,
                    ChainStatus.NOT_ESTABLISHED);
        }
    }
}
