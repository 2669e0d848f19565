package io.enrollment.devices.fingerprint.synthetic;

/**
 * A core or delta of a fingerprint's orientation field, in master-image pixels.
 *
 * @param x    column
 * @param y    row
 * @param core true for a core (loop centre), false for a delta (triradius)
 */
public record Singularity(double x, double y, boolean core) {
}
