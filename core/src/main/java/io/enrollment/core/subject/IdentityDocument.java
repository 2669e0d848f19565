package io.enrollment.core.subject;

import java.util.Objects;

/**
 * The identity document the officer checked in person (R-GEN-1, R-GEN-2).
 *
 * @param type   e.g. {@code PASSPORT_RU}, {@code ID_CARD_KG}
 * @param number as printed, without spaces
 * @param issuer issuing authority as printed
 */
public record IdentityDocument(String type, String number, String issuer) {
    public IdentityDocument {
        type = Text.required(type, "document type");
        number = Text.required(number, "document number").replace(" ", "");
        issuer = Text.required(issuer, "document issuer");
        if (!number.matches("[\\p{L}\\p{N}-]{4,30}")) {
            throw new IllegalArgumentException("document number must be 4-30 letters or digits: '" + number + "'");
        }
        Objects.requireNonNull(type);
    }
}
