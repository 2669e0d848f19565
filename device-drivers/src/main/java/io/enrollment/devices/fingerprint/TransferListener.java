package io.enrollment.devices.fingerprint;

/** Progress of an image upload (a real UART at 57 600 baud needs several seconds: show it). */
@FunctionalInterface
public interface TransferListener {
    TransferListener NONE = (received, expected) -> { };

    void onProgress(int bytesReceived, int bytesExpected);
}
