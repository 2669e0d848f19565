package io.enrollment.central.receipt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enrollment.central.fault.Faults;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * Signs receipts with the central key ({@value #ALGORITHM}) and renders the receipt object that goes on
 * the wire. The {@code receipt=wrong} fault signs with a throw-away key made at start-up; {@code receipt=unsigned}
 * leaves the {@code signature} member out. What is stored is always the correctly signed receipt.
 */
public final class ReceiptSigner {
    public static final String ALGORITHM = "SHA256withECDSA";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrivateKey centralKey;
    private final PrivateKey wrongKey;
    private final Faults.ReceiptFault fault;

    public ReceiptSigner(PrivateKey centralKey, Faults.ReceiptFault fault) throws GeneralSecurityException {
        this.centralKey = centralKey;
        this.fault = fault;
        KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
        gen.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair other = gen.generateKeyPair();
        this.wrongKey = other.getPrivate();
    }

    /** The central system's signature over exactly {@code receiptJson}. */
    public byte[] sign(byte[] receiptJson) {
        return sign(centralKey, receiptJson);
    }

    private static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a receipt: " + e.getMessage(), e);
        }
    }

    /** The response body for a stored receipt, with the configured receipt fault applied. */
    public byte[] wire(byte[] receiptJson, byte[] signature) {
        ObjectNode n = JSON.createObjectNode();
        n.put("receipt", Base64.getEncoder().encodeToString(receiptJson));
        n.put("signatureAlgorithm", ALGORITHM);
        switch (fault) {
            case WRONG:
                n.put("signature", Base64.getEncoder().encodeToString(sign(wrongKey, receiptJson)));
                break;
            case UNSIGNED:
                break;
            default:
                n.put("signature", Base64.getEncoder().encodeToString(signature));
                break;
        }
        try {
            return JSON.writeValueAsString(n).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a receipt", e);
        }
    }
}
