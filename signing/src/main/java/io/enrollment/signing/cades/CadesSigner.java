package io.enrollment.signing.cades;

import io.enrollment.core.sample.Place;
import io.enrollment.signing.BouncyCastle;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SignatureAlgorithm;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.tsp.TimestampSource;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.ProviderException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.esf.SignerLocation;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.DirectoryString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.RuntimeOperatorException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Makes CAdES-BES signatures (CMS SignedData, RFC 5652 / ETSI EN 319 122-1) with the signed
 * attributes content-type, message-digest, signing-time, signing-certificate-v2 (ESSCertIDv2,
 * SHA-256) and signer-location (the workstation's place: locality = place name, a postal-address
 * line {@code geo:lat,lon} when coordinates are known), and, when a {@link TimestampSource} is
 * given, CAdES-T: an RFC 3161 signature time-stamp over the signature value as an unsigned
 * attribute. If the TSA is unreachable the signature is still made, without time-stamp, and
 * {@link CadesSignature#timestamp()} records OFFLINE.
 *
 * <p>Nothing half-signed: either a complete signature is returned, or an exception is thrown and
 * no bytes come out. A token pulled mid-signature ends the officer's session (TOKEN_REMOVED).
 * Cost for 1 MiB (CPU time on the project machine, docs/benchmarks.md): ECDSA ≈ 3 ms with a software key,
 * ≈ 8 ms through SoftHSM2; GOST 2012 ≈ 30 ms (Streebog in pure Java).
 */
public final class CadesSigner {
    private final Place place;
    private final Clock clock;
    private final Optional<TimestampSource> tsa;

    /**
     * @param place the workstation's place (signer-location)
     * @param clock signing-time source
     * @param tsa   time-stamp source, or empty for CAdES-BES only
     */
    public CadesSigner(Place place, Clock clock, Optional<TimestampSource> tsa) {
        this.place = Objects.requireNonNull(place, "place");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tsa = Objects.requireNonNull(tsa, "tsa");
    }

    /** Signs bytes with the session's default algorithm. */
    public CadesSignature sign(OfficerSession session, byte[] content, Packaging packaging) throws SigningException {
        return sign(session, new CMSProcessableByteArray(content), packaging, session.defaultAlgorithm());
    }

    /**
     * Signs content with a chosen algorithm.
     *
     * @throws SigningException UNSUPPORTED_ALGORITHM, TOKEN_REMOVED, SESSION_CLOSED, CRYPTO_FAILURE
     */
    public CadesSignature sign(OfficerSession session, CMSTypedData content, Packaging packaging,
                               SignatureAlgorithm algorithm) throws SigningException {
        session.checkPresent();
        ContentSigner signer = session.contentSigner(algorithm);
        X509Certificate cert = session.certificate();
        Instant signingTime = clock.instant();
        CMSSignedData signed;
        try {
            SignerInfoGenerator infoGen = new JcaSignerInfoGeneratorBuilder(digests(algorithm))
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(
                            new AttributeTable(signedAttributes(cert, signingTime))))
                    .build(signer, new JcaX509CertificateHolder(cert));
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(infoGen);
            gen.addCertificates(new JcaCertStore(session.chain()));
            signed = gen.generate(content, packaging == Packaging.ENCAPSULATED);
        } catch (CMSException | RuntimeOperatorException | ProviderException e) {
            throw session.failure("signing", e);
        } catch (OperatorCreationException | CertificateEncodingException e) {
            throw new SigningException(SigningError.CRYPTO_FAILURE, "cannot prepare the signature: " + e.getMessage(), e);
        }
        TimestampOutcome outcome = TimestampOutcome.notRequested();
        if (tsa.isPresent()) {
            SignerInformation info = signed.getSignerInfos().getSigners().iterator().next();
            try {
                TimeStampToken token = tsa.get().stamp(info.getSignature());
                signed = withTimestamp(signed, info, token);
                outcome = new TimestampOutcome(TimestampOutcome.Status.STAMPED,
                        Optional.of(token.getTimeStampInfo().getGenTime().toInstant()), "time-stamped by the TSA");
            } catch (SigningException e) {
                outcome = new TimestampOutcome(e.error() == SigningError.TIMESTAMP_UNAVAILABLE
                        ? TimestampOutcome.Status.OFFLINE : TimestampOutcome.Status.TSA_ERROR, Optional.empty(),
                        e.getMessage());
            }
        }
        try {
            return new CadesSignature(signed.getEncoded(ASN1Encoding.DER), packaging, algorithm, signingTime,
                    session.officer(), outcome);
        } catch (IOException e) {
            throw new SigningException(SigningError.CRYPTO_FAILURE, "cannot encode the signature: " + e.getMessage(), e);
        }
    }

    private static DigestCalculatorProvider digests(SignatureAlgorithm algorithm) throws OperatorCreationException {
        // Streebog only exists in BouncyCastle; SHA-256 from the JDK uses the CPU's SHA instructions.
        return algorithm.isGost()
                ? new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build()
                : new JcaDigestCalculatorProviderBuilder().build();
    }

    private ASN1EncodableVector signedAttributes(X509Certificate cert, Instant signingTime)
            throws CertificateEncodingException {
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime), Locale.ROOT))));
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))), cert.getSerialNumber());
        ESSCertIDv2 certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                sha256(cert.getEncoded()), issuerSerial);
        v.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(certId))));
        v.add(new Attribute(PKCSObjectIdentifiers.id_aa_ets_signerLocation, new DERSet(signerLocation())));
        return v;
    }

    private SignerLocation signerLocation() {
        List<DirectoryString> postal = new ArrayList<>();
        if (place.hasCoordinates()) {
            postal.add(new DirectoryString(String.format(Locale.ROOT, "geo:%.6f,%.6f", place.latitude(), place.longitude())));
        }
        if (postal.isEmpty()) {
            // A place without coordinates: BouncyCastle refuses a null postal-address array, so no array at all.
            return new SignerLocation((org.bouncycastle.asn1.ASN1UTF8String) null,
                    new org.bouncycastle.asn1.DERUTF8String(place.name()), (org.bouncycastle.asn1.ASN1Sequence) null);
        }
        return new SignerLocation(null, new DirectoryString(place.name()), postal.toArray(new DirectoryString[0]));
    }

    private static CMSSignedData withTimestamp(CMSSignedData signed, SignerInformation info, TimeStampToken token) {
        ASN1Encodable tst = token.toCMSSignedData().toASN1Structure();
        AttributeTable unsigned = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(tst)));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(info, unsigned);
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the Java runtime", e);
        }
    }
}
