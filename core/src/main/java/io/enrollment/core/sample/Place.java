package io.enrollment.core.sample;

import java.util.Objects;

/**
 * Where a capture happened (R-QC-2): the workstation's configured location and, where known,
 * coordinates.
 *
 * @param name       e.g. "Sberbank branch 0042, Moscow, Tverskaya 1"
 * @param latitude   degrees, NaN when unknown
 * @param longitude  degrees, NaN when unknown
 */
public record Place(String name, double latitude, double longitude) {
    public Place {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("place name is required");
        }
        if (Double.isNaN(latitude) != Double.isNaN(longitude)) {
            throw new IllegalArgumentException("give both latitude and longitude, or neither");
        }
        if (!Double.isNaN(latitude) && (Math.abs(latitude) > 90 || Math.abs(longitude) > 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + latitude + ", " + longitude);
        }
    }

    public static Place named(String name) {
        return new Place(name, Double.NaN, Double.NaN);
    }

    public boolean hasCoordinates() {
        return !Double.isNaN(latitude);
    }
}
