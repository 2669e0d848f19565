package io.enrollment.devices.fingerprint;

import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.devices.fingerprint.ScannerException.Reason;
import io.enrollment.devices.fingerprint.protocol.Instruction;
import io.enrollment.devices.fingerprint.protocol.JSerialCommLink;
import io.enrollment.devices.fingerprint.protocol.Packet;
import io.enrollment.devices.fingerprint.protocol.PacketReader;
import io.enrollment.devices.fingerprint.protocol.PacketType;
import io.enrollment.devices.fingerprint.protocol.SerialLink;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Optional;

/**
 * Driver for optical fingerprint modules of the ZhianTec ZFM / Grow R30x / AS608 family over a serial port
 * (R-FP-1): handshake (VfyPwd, ReadSysPara, ReadProdInfo where supported), finger polling (GenImg) and image
 * upload (UpImage, 4-bit 256×288 decoded to 8-bit grey). Every read has a timeout; checksum errors and garbage
 * are survived by resynchronising on the packet header and retrying, up to {@link ScannerSettings#retries()}.
 *
 * <p>Not thread-safe: one capture at a time.
 */
public final class R30xScanner implements AutoCloseable {
    /** Image size of the R30x/AS608 sensors, used when the module does not report its own. */
    public static final int DEFAULT_WIDTH = 256;
    public static final int DEFAULT_HEIGHT = 288;
    /** Nominal resolution of these sensors. */
    public static final int DPI = 500;
    /** GenImg scans the sensor and takes up to about a second on real modules: its answer may take this long. */
    private static final int GEN_IMG_MILLIS = 2000;

    private final SerialLink link;
    private final ScannerSettings settings;
    private final PacketReader reader;
    private SystemParameters parameters;
    private ProductInfo productInfo;
    private int retriesUsed;
    private String lastFailure = "";

    private R30xScanner(SerialLink link, ScannerSettings settings) {
        this.link = link;
        this.settings = settings;
        this.reader = new PacketReader(link, settings.address());
    }

    /**
     * Opens the scanner on a serial port path and performs the handshake.
     *
     * @throws ScannerException PORT_UNAVAILABLE when the path is missing or cannot be opened; TIMEOUT when nothing
     *                          answers (wrong port, wrong baud rate, powered off); DEVICE_ERROR on a wrong password
     */
    public static R30xScanner open(String path, ScannerSettings settings) throws ScannerException {
        return connect(JSerialCommLink.open(path, settings.baudRate()), settings);
    }

    /** Performs the handshake over an already opened link; closes it when the handshake fails. */
    public static R30xScanner connect(SerialLink link, ScannerSettings settings) throws ScannerException {
        R30xScanner scanner = new R30xScanner(link, settings);
        try {
            scanner.handshake();
            return scanner;
        } catch (ScannerException e) {
            link.close();
            throw e;
        }
    }

    private void handshake() throws ScannerException {
        int p = settings.password();
        Packet ack = command(Instruction.VFY_PWD, (byte) (p >>> 24), (byte) (p >>> 16), (byte) (p >>> 8), (byte) p);
        if (ack.payloadByte(0) != Instruction.OK) {
            throw new ScannerException(Reason.DEVICE_ERROR, "scanner on " + link.path() + " refused the handshake: "
                    + Instruction.describe(ack.payloadByte(0)));
        }
        parameters = readSystemParameters();
        Packet info = command(Instruction.READ_PROD_INFO);
        if (info.payloadByte(0) == Instruction.OK && info.payloadLength() >= 1 + ProductInfo.LENGTH) {
            productInfo = ProductInfo.decode(info.payload(), 1);
        }
    }

    private SystemParameters readSystemParameters() throws ScannerException {
        Packet ack = command(Instruction.READ_SYS_PARA);
        if (ack.payloadByte(0) != Instruction.OK || ack.payloadLength() < 17) {
            throw new ScannerException(Reason.PROTOCOL, "scanner did not report its system parameters ("
                    + Instruction.describe(ack.payloadByte(0)) + ")");
        }
        try {
            return SystemParameters.decode(ack.payload(), 1);
        } catch (IllegalArgumentException e) {
            throw new ScannerException(Reason.PROTOCOL, "scanner sent invalid system parameters: " + e.getMessage(), e);
        }
    }

    public SystemParameters systemParameters() {
        return parameters;
    }

    /** ReadProdInfo's answer, when the module supports it. */
    public Optional<ProductInfo> productInfo() {
        return Optional.ofNullable(productInfo);
    }

    public int imageWidth() {
        return productInfo != null && productInfo.sensorWidth() > 0 ? productInfo.sensorWidth() : DEFAULT_WIDTH;
    }

    public int imageHeight() {
        return productInfo != null && productInfo.sensorHeight() > 0 ? productInfo.sensorHeight() : DEFAULT_HEIGHT;
    }

    /**
     * One GenImg: whether a finger was on the sensor (its image is then in the module's image buffer).
     *
     * @throws ScannerException DEVICE_ERROR when the module reports a capture failure
     */
    public boolean fingerPresent() throws ScannerException {
        Packet ack = commandWithin(Math.max(timeoutMillis(), GEN_IMG_MILLIS), Instruction.GEN_IMG);
        int code = ack.payloadByte(0);
        if (code == Instruction.OK) {
            return true;
        }
        if (code == Instruction.NO_FINGER) {
            return false;
        }
        throw new ScannerException(Reason.DEVICE_ERROR, "scanner could not capture the finger: " + Instruction.describe(code)
                + "; lift the finger and place it again");
    }

    /**
     * Waits for a finger (polling GenImg) and uploads its image.
     *
     * @param waitForFinger how long to wait for a finger before giving up with NO_FINGER
     */
    public GreyImage capture(Duration waitForFinger, TransferListener listener) throws ScannerException {
        long deadline = System.nanoTime() + waitForFinger.toNanos();
        while (!fingerPresent()) {
            if (System.nanoTime() > deadline) {
                throw new ScannerException(Reason.NO_FINGER, "no finger on the scanner within "
                        + waitForFinger.toSeconds() + " s; place the finger flat on the glass and retry");
            }
            sleep(settings.pollInterval());
        }
        return uploadImage(listener);
    }

    /**
     * Uploads the module's image buffer (UpImage), retrying a broken transfer.
     *
     * @throws ScannerException when every attempt failed; the message names the last failure
     */
    public GreyImage uploadImage(TransferListener listener) throws ScannerException {
        ScannerException last = null;
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            if (attempt > 0) {
                retriesUsed++;
                reader.drain(50, 2000);
            }
            try {
                GreyImage image = transferImage(listener);
                lastFailure = "";
                return image;
            } catch (ScannerException e) {
                if (!e.reason().retryable()) {
                    lastFailure = e.getMessage();
                    throw e;
                }
                last = e;
            }
        }
        lastFailure = last.getMessage();
        throw new ScannerException(last.reason(), "image transfer failed " + (settings.retries() + 1) + " times; last: "
                + last.getMessage(), last);
    }

    private GreyImage transferImage(TransferListener listener) throws ScannerException {
        int timeout = timeoutMillis();
        link.write(Packet.command(settings.address(), Instruction.UP_IMAGE).encode());
        Packet ack = reader.read(timeout);
        if (ack.type() != PacketType.ACK) {
            throw new ScannerException(Reason.PROTOCOL, "expected an acknowledgement of UpImage, got a " + ack.type() + " packet");
        }
        if (ack.payloadByte(0) != Instruction.OK) {
            throw new ScannerException(Reason.DEVICE_ERROR, "scanner refused to upload the image: "
                    + Instruction.describe(ack.payloadByte(0)));
        }
        int expected = imageWidth() * imageHeight() / 2;
        ByteArrayOutputStream data = new ByteArrayOutputStream(expected);
        int packets = 0;
        while (true) {
            Packet p;
            try {
                p = reader.read(timeout);
            } catch (ScannerException e) {
                throw new ScannerException(e.reason(), e.getMessage() + " during image transfer (after " + packets
                        + " data packets, " + data.size() + " of " + expected + " bytes)", e);
            }
            if (p.type() != PacketType.DATA && p.type() != PacketType.END_OF_DATA) {
                throw new ScannerException(Reason.PROTOCOL, "unexpected " + p.type() + " packet during image transfer");
            }
            packets++;
            data.writeBytes(p.payload());
            if (data.size() > expected) {
                throw new ScannerException(Reason.PROTOCOL, "scanner sent more image data than " + expected + " bytes");
            }
            listener.onProgress(data.size(), expected);
            if (p.type() == PacketType.END_OF_DATA) {
                break;
            }
        }
        if (data.size() != expected) {
            throw new ScannerException(Reason.PROTOCOL, "image transfer incomplete: " + data.size() + " of " + expected
                    + " bytes in " + packets + " packets (a packet was lost)");
        }
        return ImageNibbles.unpack(data.toByteArray(), imageWidth(), imageHeight());
    }

    /** Sends a command and reads its acknowledgement, retrying on timeouts and checksum errors. */
    private Packet command(int instruction, byte... parameters) throws ScannerException {
        return commandWithin(timeoutMillis(), instruction, parameters);
    }

    private Packet commandWithin(int timeout, int instruction, byte... parameters) throws ScannerException {
        byte[] wire = Packet.command(settings.address(), instruction, parameters).encode();
        ScannerException last = null;
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            if (attempt > 0) {
                retriesUsed++;
                // an answer that arrives late must not be taken for the answer to the repeated command
                reader.drain(Math.min(timeout, 300), timeout + 1000);
            }
            try {
                link.write(wire);
                Packet ack = reader.read(timeout);
                if (ack.type() == PacketType.ACK && ack.payloadLength() >= 1) {
                    return ack;
                }
                last = new ScannerException(Reason.PROTOCOL, "expected an acknowledgement, got a " + ack.type() + " packet");
            } catch (ScannerException e) {
                if (!e.reason().retryable()) {
                    lastFailure = e.getMessage();
                    throw e;
                }
                last = e;
            }
        }
        lastFailure = last.getMessage();
        String what = String.format("command 0x%02X", instruction);
        throw new ScannerException(last.reason(), "scanner on " + link.path() + " did not answer " + what + " after "
                + (settings.retries() + 1) + " tries (" + last.getMessage() + "); check the cable, port and baud rate ("
                + settings.baudRate() + ")", last);
    }

    private int timeoutMillis() {
        return (int) settings.readTimeout().toMillis();
    }

    /**
     * The device as it is now (R-QC-2 metadata, R-SELF-1 self-check): model, firmware and system parameters,
     * port, and health — OK when nothing went wrong, DEGRADED when errors were recovered from, FAILED when the
     * last operation failed.
     */
    public DeviceInfo deviceInfo() {
        long garbage = reader.skippedBytes();
        long checksums = reader.checksumErrors();
        DeviceInfo.Health health = !lastFailure.isEmpty() ? DeviceInfo.Health.FAILED
                : retriesUsed > 0 || garbage > 0 || checksums > 0 ? DeviceInfo.Health.DEGRADED : DeviceInfo.Health.OK;
        String model = productInfo != null && !productInfo.moduleType().isEmpty()
                ? productInfo.moduleType() + (productInfo.sensorType().isEmpty() ? "" : " (sensor " + productInfo.sensorType() + ")")
                : String.format("R30x/AS608-compatible (system id 0x%04X)", parameters.systemId());
        String firmware = (productInfo != null ? "hardware " + productInfo.hardwareVersion() + "; " : "")
                + String.format("system id 0x%04X, library %d, security level %d, packet %d B, %d baud",
                parameters.systemId(), parameters.librarySize(), parameters.securityLevel(),
                parameters.packetSizeBytes(), parameters.baudRate());
        String detail = "port " + link.path() + ", " + imageWidth() + "×" + imageHeight() + " px at " + DPI
                + " ppi; retries " + retriesUsed + ", checksum errors " + checksums + ", garbage bytes skipped " + garbage
                + (lastFailure.isEmpty() ? "" : "; last failure: " + lastFailure);
        return new DeviceInfo(DeviceInfo.Kind.FINGERPRINT_SCANNER, "", model,
                productInfo == null ? "" : productInfo.serialNumber(), firmware, health, detail);
    }

    /**
     * A fresh round trip for the self-check: re-reads the system parameters.
     *
     * @return the device information with health FAILED when the scanner does not answer
     */
    public DeviceInfo checkHealth() {
        try {
            parameters = readSystemParameters();
            lastFailure = "";
        } catch (ScannerException e) {
            lastFailure = e.getMessage();
        }
        return deviceInfo();
    }

    private static void sleep(Duration d) throws ScannerException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScannerException(Reason.TIMEOUT, "interrupted while waiting for a finger", e);
        }
    }

    @Override
    public void close() {
        link.close();
    }
}
