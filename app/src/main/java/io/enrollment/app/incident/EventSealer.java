package io.enrollment.app.incident;

import io.enrollment.signing.SigningException;

/** Signs (CAdES) and seals (AuthEnvelopedData to the central system) an event document. */
@FunctionalInterface
public interface EventSealer {
    /**
     * @return the sealed bytes, ready for the queue
     * @throws SigningException when the key cannot be used or the signature fails
     */
    byte[] seal(byte[] document) throws SigningException;
}
