package io.enrollment.core.sample;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/** Date, time, place, devices and method of a capture (R-QC-2). */
public record CaptureMetadata(Instant capturedAt, ZoneId zone, Place place, List<DeviceInfo> devices,
                              CollectionMethod method) {
    public CaptureMetadata {
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(place, "place");
        devices = List.copyOf(devices);
        Objects.requireNonNull(method, "method");
    }

    /** Local time at the place of capture. */
    public ZonedDateTime localTime() {
        return capturedAt.atZone(zone);
    }
}
