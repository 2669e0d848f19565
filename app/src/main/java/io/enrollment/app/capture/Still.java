package io.enrollment.app.capture;

import io.enrollment.core.sample.DeviceInfo;
import java.util.Objects;

/** One encoded still image (JPEG or PNG) from a camera, and the camera as it was. */
public record Still(byte[] image, DeviceInfo device) {
    public Still {
        image = image.clone();
        Objects.requireNonNull(device, "device");
    }

    @Override
    public byte[] image() {
        return image.clone();
    }

    @Override
    public String toString() {
        return "Still[" + image.length + " bytes]";
    }
}
