package io.enrollment.central.http;

import io.enrollment.central.fault.FaultInjector;
import io.enrollment.central.receipt.Receipt;
import io.enrollment.central.receipt.ReceiptSigner;
import io.enrollment.central.store.CentralStore;
import io.enrollment.central.store.StoredItem;
import io.enrollment.central.store.Upload;
import io.enrollment.central.verify.PackageVerifier;
import io.enrollment.central.verify.Verification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * Finishes an upload whose bytes are all there: checks the SHA-256, runs the verifier, signs the receipt,
 * stores the item durably and disposes of the bytes (kept under {@code received/} only when asked).
 */
final class Completion {
    static final String SHA_MISMATCH = "sha256 mismatch";

    private final CentralStore store;
    private final PackageVerifier verifier;
    private final ReceiptSigner signer;
    private final FaultInjector faults;
    private final String centralName;
    private final Path receivedDir;

    /**
     * @param receivedDir where completed payloads are kept, or {@code null} to delete them
     */
    Completion(CentralStore store, PackageVerifier verifier, ReceiptSigner signer, FaultInjector faults,
               String centralName, Path receivedDir) {
        this.store = store;
        this.verifier = verifier;
        this.signer = signer;
        this.faults = faults;
        this.centralName = centralName;
        this.receivedDir = receivedDir;
    }

    StoredItem complete(Upload upload, Path partial, String client) throws IOException, SQLException {
        String actual = sha256(partial);
        Verification v = actual.equals(upload.sha256())
                ? verifier.verify(upload.kind(), upload.id(), upload.eventKind(), partial)
                : Verification.reject(SHA_MISMATCH);
        Receipt receipt = new Receipt(upload.id(), upload.kind().segment(), upload.sha256(), upload.length(),
                v.accepted() ? "ACCEPTED" : "REJECTED", v.reason(), faults.now(), centralName);
        byte[] json = receipt.toJson();
        StoredItem item = new StoredItem(upload.kind(), upload.id(), upload.eventKind(), upload.sha256(),
                upload.length(), receipt.status(), receipt.reason(), receipt.receivedAt(), client, json,
                signer.sign(json));
        store.complete(item);
        if (receivedDir != null) {
            Files.createDirectories(receivedDir);
            Files.move(partial, receivedDir.resolve(partial.getFileName().toString().replace(".part", ".bin")),
                    StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(partial);
        }
        return item;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
        byte[] buf = new byte[65536];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
