package io.enrollment.central.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enrollment.central.ItemKind;
import io.enrollment.core.pkg.EnrollmentPackage;
import io.enrollment.core.pkg.PackageFormatException;
import io.enrollment.core.pkg.PackageReader;
import io.enrollment.signing.BouncyCastle;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.cades.CadesVerifier;
import io.enrollment.signing.cades.SignerIdentity;
import io.enrollment.signing.cades.VerificationResult;
import io.enrollment.signing.envelope.EnvelopeOpener;
import io.enrollment.signing.token.CertificateValidator;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real verification, with the {@code signing} module: a package is opened as CMS AuthEnvelopedData with
 * the central key, its officer's CAdES (encapsulated) is verified against the officer trust anchors, the
 * container inside is read with {@link PackageReader} (every sample hash checked), its id must be the upload's
 * and its officer the signer. An event is a CAdES-signed JSON document (enveloped to the central system or not):
 * the signature must verify against the same anchors and the content must be a JSON object.
 * Rejection reasons are short and stable (they are counted by reason); the details go to the log.
 */
public final class SigningPackageVerifier implements PackageVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(SigningPackageVerifier.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final X509Certificate centralCertificate;
    private final PrivateKey centralKey;
    private final CadesVerifier cades;
    private final EnvelopeOpener opener = new EnvelopeOpener();
    private final PackageReader reader = new PackageReader();

    /**
     * @param centralCertificate the certificate envelopes are addressed to
     * @param centralKey         its private key
     * @param officerAnchors     trust anchors for officers' certificates (must not be empty)
     */
    public SigningPackageVerifier(X509Certificate centralCertificate, PrivateKey centralKey,
                                  List<X509Certificate> officerAnchors) {
        if (officerAnchors.isEmpty()) {
            throw new IllegalArgumentException("at least one officer trust anchor is needed");
        }
        this.centralCertificate = centralCertificate;
        this.centralKey = centralKey;
        this.cades = new CadesVerifier(new CertificateValidator(officerAnchors));
    }

    @Override
    public Verification verify(ItemKind kind, String id, String eventKind, Path payload) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(payload);
        } catch (IOException e) {
            LOG.error("cannot read the assembled upload {}", payload, e);
            return Verification.reject("payload unreadable");
        }
        return kind == ItemKind.PACKAGES ? verifyPackage(payload, id, bytes) : verifyEvent(payload, eventKind, bytes);
    }

    private Verification verifyPackage(Path payload, String uploadId, byte[] bytes) {
        byte[] signed;
        try {
            signed = opener.open(bytes, centralCertificate, centralKey, BouncyCastle.PROVIDER);
        } catch (SigningException e) {
            LOG.info("{}: envelope: {}", payload.getFileName(), e.getMessage());
            return Verification.reject("envelope cannot be opened");
        }
        Signed s = verifySignature(payload, signed, "officer signature invalid: ");
        if (s.rejection() != null) {
            return s.rejection();
        }
        EnrollmentPackage pkg;
        try {
            pkg = reader.read(s.content());
        } catch (PackageFormatException e) {
            LOG.info("{}: container: {}", payload.getFileName(), e.getMessage());
            return Verification.reject("container invalid: " + e.getMessage());
        }
        if (!pkg.id().toString().equals(uploadId)) {
            LOG.info("{}: container id {} is not the upload id", payload.getFileName(), pkg.id());
            return Verification.reject("container id differs from the upload id");
        }
        if (!sameSerial(pkg.officer().serialHex(), s.signer().serialHex())) {
            LOG.info("{}: the manifest names officer serial {} but serial {} signed", payload.getFileName(),
                    pkg.officer().serialHex(), s.signer().serialHex());
            return Verification.reject("the package names another officer than the signer");
        }
        return Verification.accept();
    }

    private Verification verifyEvent(Path payload, String eventKind, byte[] bytes) {
        byte[] signed = bytes;
        if (isAuthEnveloped(bytes)) {
            try {
                signed = opener.open(bytes, centralCertificate, centralKey, BouncyCastle.PROVIDER);
            } catch (SigningException e) {
                LOG.info("{}: envelope: {}", payload.getFileName(), e.getMessage());
                return Verification.reject("envelope cannot be opened");
            }
        }
        Signed s = verifySignature(payload, signed, "event signature invalid: ");
        if (s.rejection() != null) {
            return s.rejection();
        }
        try {
            JsonNode doc = JSON.readTree(s.content());
            if (doc == null || !doc.isObject()) {
                return Verification.reject("event is not a JSON object");
            }
        } catch (JsonProcessingException e) {
            return Verification.reject("event is not a JSON object");
        } catch (IOException e) {
            return Verification.reject("event is not a JSON object");
        }
        LOG.info("{}: {} event verified", payload.getFileName(), eventKind);
        return Verification.accept();
    }

    /** A verified signature's content and signer, or the rejection. */
    private record Signed(byte[] content, SignerIdentity signer, Verification rejection) {
    }

    private Signed verifySignature(Path payload, byte[] cms, String prefix) {
        VerificationResult r = cades.verify(cms);
        if (!r.isValid()) {
            LOG.info("{}: {}{}", payload.getFileName(), prefix, r.detail());
            return new Signed(null, null, Verification.reject(prefix + r.failure().map(Enum::name).orElse("?")));
        }
        if (r.chain() != VerificationResult.ChainStatus.TRUSTED) {
            return new Signed(null, null, Verification.reject(prefix + "chain not checked"));
        }
        Optional<byte[]> content = encapsulated(cms);
        if (content.isEmpty()) {
            return new Signed(null, null, Verification.reject(prefix + "CONTENT_MISSING"));
        }
        return new Signed(content.get(), r.signer().orElseThrow(), null);
    }

    private static Optional<byte[]> encapsulated(byte[] cms) {
        try {
            CMSSignedData data = new CMSSignedData(cms);
            if (data.getSignedContent() == null || !(data.getSignedContent().getContent() instanceof byte[])) {
                return Optional.empty();
            }
            return Optional.of((byte[]) data.getSignedContent().getContent());
        } catch (CMSException e) {
            return Optional.empty();
        }
    }

    private static boolean isAuthEnveloped(byte[] bytes) {
        try {
            ContentInfo ci = ContentInfo.getInstance(ASN1Primitive.fromByteArray(bytes));
            return ci != null && CMSObjectIdentifiers.authEnvelopedData.equals(ci.getContentType());
        } catch (IOException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            return false;
        }
    }

    private static boolean sameSerial(String a, String b) {
        try {
            return new BigInteger(a, 16).equals(new BigInteger(b, 16));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
