package io.enrollment.queue.transmit;

import java.time.Instant;

/**
 * What the transmitter knows of the link to the central system.
 *
 * @param lastContact last time the central system answered, or null
 * @param lastError   why the last attempt failed, empty after a success
 */
public record Connectivity(State state, Instant lastContact, String lastError) {
    public enum State { UNKNOWN, ONLINE, OFFLINE }
}
