package io.enrollment.signing.envelope;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.EncryptedContentInfo;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSException;

/**
 * The authenticated, encrypted content of an AuthEnvelopedData (RFC 5083, AES-GCM per RFC 5084: nonce and
 * ICV length from the GCMParameters, the MAC beside the content, the DER of authAttrs as additional data),
 * opened with the JDK's AES-GCM.
 *
 * <p>Why two GCM <em>encryptions</em> rather than one decryption: JDK 17's GCM decryption holds the whole
 * ciphertext back and processes it in a single call at {@code doFinal}; code that runs once per package never
 * gets compiled far enough to use the CPU's AES and carry-less-multiply instructions (HotSpot intrinsics), so a
 * MiB costs 12–15 ms, no better than BouncyCastle's pure Java. Encryption streams: fed in fixed chunks, the same
 * calls run thousands of times and reach the intrinsics after a few packages (both passes then cost about 1 ms
 * per MiB). GCM is counter mode plus GHASH over the ciphertext C, hence:
 * <ol>
 *   <li>encrypting C under the same key and nonce yields C xor key stream, the plaintext P (its tag is discarded);</li>
 *   <li>encrypting P yields C again (checked byte for byte) and the tag over (additional data, C): exactly the
 *       tag a GCM decryption compares with the MAC.</li>
 * </ol>
 * The plaintext is handed out only when that tag equals the MAC (constant-time comparison); otherwise it is wiped.
 */
final class GcmContent {
    /**
     * Bytes per cipher call: a multiple of the AES block, so no call holds bytes back; small enough that the calls
     * become hot within a few envelopes, and again soon after the JIT has thrown compiled code away (measured: 2 KiB
     * reaches the fast path after ~8 MiB, 8 KiB after ~20 MiB; once there, 1.0 against 0.8 ms per MiB for both passes).
     */
    static final int CHUNK = 2048;
    private static final Map<ASN1ObjectIdentifier, Integer> KEY_BYTES = Map.of(
            NISTObjectIdentifiers.id_aes128_GCM, 16,
            NISTObjectIdentifiers.id_aes192_GCM, 24,
            NISTObjectIdentifiers.id_aes256_GCM, 32);

    private final int keyBytes;
    private final GCMParameterSpec parameters;
    private final byte[] ciphertext;
    private final byte[] mac;
    private final byte[] additionalData;

    private GcmContent(int keyBytes, GCMParameterSpec parameters, byte[] ciphertext, byte[] mac, byte[] additionalData) {
        this.keyBytes = keyBytes;
        this.parameters = parameters;
        this.ciphertext = ciphertext;
        this.mac = mac;
        this.additionalData = additionalData;
    }

    /**
     * Reads the content, its algorithm and MAC from the structure (no copy of the ciphertext).
     *
     * @throws CMSException if the algorithm is not AES-GCM, its parameters are malformed, or the content or MAC
     *                      is missing or of the wrong length
     */
    static GcmContent of(AuthEnvelopedData envelope) throws CMSException {
        EncryptedContentInfo info = envelope.getAuthEncryptedContentInfo();
        AlgorithmIdentifier algorithm = info.getContentEncryptionAlgorithm();
        Integer keyBytes = KEY_BYTES.get(algorithm.getAlgorithm());
        if (keyBytes == null) {
            throw new CMSException("content encryption " + algorithm.getAlgorithm() + " is not AES-GCM");
        }
        GCMParameters gcm;
        try {
            gcm = GCMParameters.getInstance(algorithm.getParameters());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CMSException("malformed AES-GCM parameters", e);
        }
        if (gcm == null || gcm.getIcvLen() < 12 || gcm.getIcvLen() > 16) {
            throw new CMSException("AES-GCM parameters missing or ICV length outside 12..16");
        }
        ASN1OctetString content = info.getEncryptedContent();
        if (content == null) {
            throw new CMSException("the envelope carries no encrypted content");
        }
        byte[] mac = envelope.getMac().getOctets();
        if (mac.length != gcm.getIcvLen()) {
            throw new CMSException("MAC of " + mac.length + " bytes, the parameters say " + gcm.getIcvLen());
        }
        byte[] additionalData;
        try {
            additionalData = envelope.getAuthAttrs() == null ? new byte[0]
                    : envelope.getAuthAttrs().getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new CMSException("authenticated attributes cannot be encoded", e);
        }
        return new GcmContent(keyBytes, new GCMParameterSpec(gcm.getIcvLen() * 8, gcm.getNonce()), content.getOctets(),
                mac, additionalData);
    }

    /**
     * Decrypts and authenticates.
     *
     * @param contentKey the content-encryption key recovered from the recipient info (must be extractable)
     * @throws CMSException if the key does not fit the algorithm or the content, MAC or attributes were changed
     */
    byte[] open(Key contentKey) throws CMSException {
        byte[] raw = contentKey == null ? null : contentKey.getEncoded();
        if (raw == null || raw.length != keyBytes) {
            throw new CMSException("content-encryption key missing or not " + keyBytes * 8 + " bits");
        }
        SecretKeySpec key = new SecretKeySpec(raw, "AES");
        Arrays.fill(raw, (byte) 0);
        byte[] plaintext = new byte[ciphertext.length];
        try {
            // pass 1: the key stream applied to C gives P
            encrypt(encryptor(key), ciphertext, (out, outOffset, length, position) ->
                    System.arraycopy(out, outOffset, plaintext, position, length));
            // pass 2: P encrypted again gives back C and the tag over (additional data, C)
            Cipher tagger = encryptor(key);
            tagger.updateAAD(additionalData);
            boolean[] sameCiphertext = {true};
            byte[] tag = encrypt(tagger, plaintext, (out, outOffset, length, position) -> sameCiphertext[0] &=
                    Arrays.equals(out, outOffset, outOffset + length, ciphertext, position, position + length));
            if (!sameCiphertext[0] || !MessageDigest.isEqual(tag, mac)) {
                Arrays.fill(plaintext, (byte) 0);
                throw new CMSException("AES-GCM authentication failed: the envelope was changed or the key is wrong");
            }
            return plaintext;
        } catch (GeneralSecurityException e) {
            Arrays.fill(plaintext, (byte) 0);
            throw new CMSException("AES-GCM failed: " + e.getMessage(), e);
        }
    }

    private Cipher encryptor(SecretKeySpec key) throws GeneralSecurityException {
        // The JDK's provider (BouncyCastle is never registered globally): AES-NI and CLMUL once compiled.
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, key, parameters);
        return c;
    }

    /** Where a pass's output goes: {@code length} bytes of {@code out} from {@code outOffset}, at {@code position}. */
    private interface Output {
        void accept(byte[] out, int outOffset, int length, int position);
    }

    /** Encrypts {@code in} chunk by chunk into {@code output}; returns the tag. */
    private byte[] encrypt(Cipher cipher, byte[] in, Output output) throws GeneralSecurityException {
        byte[] buffer = new byte[CHUNK + 16];
        int position = 0;
        int offset = 0;
        for (; in.length - offset > CHUNK; offset += CHUNK) {
            int n = cipher.update(in, offset, CHUNK, buffer, 0);
            output.accept(buffer, 0, n, position);
            position += n;
        }
        byte[] last = cipher.doFinal(in, offset, in.length - offset);
        int body = last.length - mac.length;
        output.accept(last, 0, body, position);
        return Arrays.copyOfRange(last, body, last.length);
    }
}
