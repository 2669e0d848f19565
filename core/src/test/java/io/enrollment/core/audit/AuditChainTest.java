package io.enrollment.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    private static List<AuditRecord> chain(int n) {
        List<AuditRecord> records = new ArrayList<>();
        Optional<AuditRecord> last = Optional.empty();
        for (int i = 0; i < n; i++) {
            AuditRecord r = AuditChain.next(last, new AuditEntry(AuditAction.CAPTURE_ACCEPTED, "officer-" + i,
                    "pkg-" + i, "ok", "face"), T0.plusSeconds(i));
            records.add(r);
            last = Optional.of(r);
        }
        return records;
    }

    private static Optional<ChainBreak> verify(List<AuditRecord> records) {
        ChainVerifier v = new ChainVerifier();
        for (AuditRecord r : records) {
            Optional<ChainBreak> b = v.accept(r);
            if (b.isPresent()) {
                return b;
            }
        }
        return Optional.empty();
    }

    @Test
    void rKg2_intactChainVerifies() {
        List<AuditRecord> records = chain(5);
        assertEquals(AuditChain.GENESIS, records.get(0).previousHash());
        assertEquals(Optional.empty(), verify(records));
    }

    @Test
    void rKg2_changedRecordIsTheFirstBreak() {
        List<AuditRecord> records = chain(6);
        AuditRecord r = records.get(2);
        records.set(2, new AuditRecord(r.sequence(), r.at(), new AuditEntry(AuditAction.CAPTURE_ACCEPTED,
                "someone-else", r.entry().target(), "ok", "face"), r.previousHash(), r.hash()));
        ChainBreak b = verify(records).orElseThrow();
        assertEquals(3, b.position());
        assertEquals(3, b.sequence());
        assertTrue(b.reason().contains("changed"), b.reason());
    }

    @Test
    void rKg2_removedRecordIsFound() {
        List<AuditRecord> records = chain(6);
        records.remove(3);
        ChainBreak b = verify(records).orElseThrow();
        assertEquals(4, b.position());
        assertTrue(b.reason().contains("removed"), b.reason());
    }

    @Test
    void rKg2_rehashedRecordStillBreaksTheNextLink() {
        List<AuditRecord> records = chain(6);
        AuditRecord r = records.get(1);
        AuditEntry forged = new AuditEntry(AuditAction.PURGE, "x", "y", "ok", "");
        records.set(1, new AuditRecord(r.sequence(), r.at(), forged, r.previousHash(),
                AuditChain.hash(r.sequence(), r.at(), forged, r.previousHash())));
        ChainBreak b = verify(records).orElseThrow();
        assertEquals(3, b.position());
        assertTrue(b.reason().contains("previous-hash"), b.reason());
    }

    @Test
    void fieldBoundariesCannotBeImitated() {
        AuditEntry a = new AuditEntry(AuditAction.REVIEW, "ab", "c", "ok", "");
        AuditEntry b = new AuditEntry(AuditAction.REVIEW, "a", "bc", "ok", "");
        assertTrue(!AuditChain.hash(1, T0, a, AuditChain.GENESIS).equals(AuditChain.hash(1, T0, b, AuditChain.GENESIS)));
    }

    @Test
    void encodedPayloadIsRefused() {
        String base64 = "QUJD".repeat(60);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AuditEntry(AuditAction.CAPTURE_ACCEPTED, "o", "p", "ok", "image=" + base64));
        assertTrue(e.getMessage().contains("note"), e.getMessage());
    }
}
