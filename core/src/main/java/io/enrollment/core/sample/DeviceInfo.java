package io.enrollment.core.sample;

import java.util.Objects;

/**
 * A capture device as it was at capture time (R-QC-2: "information on the capture devices and their state").
 *
 * @param kind           camera, microphone, scanner, …
 * @param vendor         may be empty when the device does not say
 * @param model          model or product name
 * @param serial         serial number, may be empty when the device does not say
 * @param driverVersion  firmware or driver version, may be empty
 * @param health         state at capture time
 * @param healthDetail   what the state means (e.g. "29.7 fps, 0 dropped"), may be empty
 */
public record DeviceInfo(Kind kind, String vendor, String model, String serial, String driverVersion,
                         Health health, String healthDetail) {

    public enum Kind { CAMERA, MICROPHONE, FINGERPRINT_SCANNER, TOKEN }

    public enum Health { OK, DEGRADED, FAILED }

    public DeviceInfo {
        Objects.requireNonNull(kind, "kind");
        vendor = vendor == null ? "" : vendor;
        Objects.requireNonNull(model, "model");
        serial = serial == null ? "" : serial;
        driverVersion = driverVersion == null ? "" : driverVersion;
        Objects.requireNonNull(health, "health");
        healthDetail = healthDetail == null ? "" : healthDetail;
    }
}
