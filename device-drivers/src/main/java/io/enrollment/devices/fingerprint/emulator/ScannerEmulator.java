package io.enrollment.devices.fingerprint.emulator;

import io.enrollment.devices.fingerprint.GreyImage;
import io.enrollment.devices.fingerprint.ImageNibbles;
import io.enrollment.devices.fingerprint.ScannerException;
import io.enrollment.devices.fingerprint.ScannerException.Reason;
import io.enrollment.devices.fingerprint.protocol.Instruction;
import io.enrollment.devices.fingerprint.protocol.Packet;
import io.enrollment.devices.fingerprint.protocol.PacketReader;
import io.enrollment.devices.fingerprint.protocol.PacketType;
import io.enrollment.devices.fingerprint.protocol.SerialLink;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * An R30x/AS608 module on the device end of a serial link (one end of a {@code socat} pty pair, or a real
 * USB-serial adapter looped to the host): answers VfyPwd, ReadSysPara, ReadProdInfo, GenImg and UpImage, serves
 * prints from a {@link PrintSource}, and injects the configured {@link FaultMode}.
 */
public final class ScannerEmulator {
    private static final int WIDTH = 256;
    private static final int HEIGHT = 288;

    private final SerialLink link;
    private final PrintSource prints;
    private final EmulatorSettings settings;
    private final PrintStream log;
    private final PacketReader reader;
    private final SplittableRandom random = new SplittableRandom(7);
    private volatile boolean stopped;
    private int pollsUntilFinger;
    private byte[] imageBuffer;
    private int faultsLeft;
    private int captures;
    /** The next finger's image, prepared in the background so GenImg answers as fast as a real module. */
    private CompletableFuture<GreyImage> nextPrint;

    public ScannerEmulator(SerialLink link, PrintSource prints, EmulatorSettings settings, PrintStream log) {
        this.link = link;
        this.prints = prints;
        this.settings = settings;
        this.log = log;
        this.reader = new PacketReader(link, settings.address());
        this.pollsUntilFinger = settings.noFingerPolls();
        this.faultsLeft = settings.faultCount();
        this.nextPrint = prepare();
    }

    private CompletableFuture<GreyImage> prepare() {
        return CompletableFuture.supplyAsync(() -> prints.next(WIDTH, HEIGHT));
    }

    /**
     * Serves commands until {@link #stop()} or until the port goes away.
     *
     * @throws ScannerException DISCONNECTED when the port vanished (the caller decides whether that is an error)
     */
    public void run() throws ScannerException {
        while (!stopped) {
            Packet p;
            try {
                p = reader.read(200);
            } catch (ScannerException e) {
                if (e.reason() == Reason.TIMEOUT) {
                    continue;
                }
                if (e.reason() == Reason.CHECKSUM) {
                    reply(Packet.ack(settings.address(), Instruction.PACKET_ERROR));
                    continue;
                }
                throw e;
            }
            if (p.type() == PacketType.COMMAND && settings.fault() != FaultMode.SILENCE) {
                handle(p);
            }
        }
    }

    /** Makes {@link #run()} return within about 200 ms. */
    public void stop() {
        stopped = true;
    }

    /** Fingers "placed" so far. */
    public int captures() {
        return captures;
    }

    private void handle(Packet command) throws ScannerException {
        int instruction = command.payloadByte(0);
        switch (instruction) {
            case Instruction.VFY_PWD:
                verifyPassword(command);
                break;
            case Instruction.READ_SYS_PARA:
                reply(Packet.ack(settings.address(), Instruction.OK, systemParameters()));
                break;
            case Instruction.READ_PROD_INFO:
                if (settings.productInfo() == null) {
                    reply(Packet.ack(settings.address(), Instruction.PACKET_ERROR));
                } else {
                    reply(Packet.ack(settings.address(), Instruction.OK, settings.productInfo().encode(768, 300)));
                }
                break;
            case Instruction.GEN_IMG:
                generateImage();
                break;
            case Instruction.UP_IMAGE:
                uploadImage();
                break;
            default:
                reply(Packet.ack(settings.address(), Instruction.PACKET_ERROR));
                break;
        }
    }

    private void verifyPassword(Packet command) throws ScannerException {
        int given = command.payloadLength() < 5 ? -1 : (command.payloadByte(1) << 24) | (command.payloadByte(2) << 16)
                | (command.payloadByte(3) << 8) | command.payloadByte(4);
        reply(Packet.ack(settings.address(), given == settings.password() ? Instruction.OK : Instruction.WRONG_PASSWORD));
    }

    private byte[] systemParameters() {
        int a = settings.address();
        return new byte[] {
            0, 0, // status register
            0, 9, // system identifier code
            1, 44, // library size 300
            0, 3, // security level
            (byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a,
            0, (byte) settings.packetSizeCode(),
            0, 6, // 57 600 baud
        };
    }

    private void generateImage() throws ScannerException {
        if (pollsUntilFinger > 0 || !nextPrint.isDone()) {
            // the next print is still being prepared: to the host, the finger is not there yet
            pollsUntilFinger = Math.max(0, pollsUntilFinger - 1);
            reply(Packet.ack(settings.address(), Instruction.NO_FINGER));
            return;
        }
        GreyImage image;
        try {
            image = nextPrint.get();
        } catch (ExecutionException e) {
            log.println("emulator: cannot produce a print: " + e.getCause().getMessage());
            reply(Packet.ack(settings.address(), Instruction.IMAGE_FAIL));
            nextPrint = prepare();
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScannerException(Reason.TIMEOUT, "emulator interrupted", e);
        }
        nextPrint = prepare();
        imageBuffer = ImageNibbles.pack(image);
        captures++;
        pollsUntilFinger = settings.noFingerPolls();
        reply(Packet.ack(settings.address(), Instruction.OK));
    }

    private void uploadImage() throws ScannerException {
        if (imageBuffer == null) {
            reply(Packet.ack(settings.address(), Instruction.NO_IMAGE));
            return;
        }
        FaultMode fault = FaultMode.NONE;
        if (faultsLeft > 0) {
            faultsLeft--;
            fault = settings.fault();
            log.println("emulator: injecting " + fault.label() + " into this image transfer");
        }
        if (fault == FaultMode.GARBAGE) {
            link.write(garbage());
        }
        reply(Packet.ack(settings.address(), Instruction.OK));
        int size = settings.packetSizeBytes();
        int packets = (imageBuffer.length + size - 1) / size;
        int faultAt = packets / 2;
        for (int i = 0; i < packets; i++) {
            byte[] chunk = Arrays.copyOfRange(imageBuffer, i * size, Math.min(imageBuffer.length, (i + 1) * size));
            PacketType type = i == packets - 1 ? PacketType.END_OF_DATA : PacketType.DATA;
            byte[] wire = new Packet(settings.address(), type, chunk).encode();
            if (i == faultAt) {
                if (fault == FaultMode.STALL) {
                    return;
                }
                if (fault == FaultMode.TRUNCATED_PACKET) {
                    link.write(Arrays.copyOf(wire, wire.length / 2));
                    return;
                }
                if (fault == FaultMode.DROPPED_PACKET) {
                    continue;
                }
                if (fault == FaultMode.BAD_CHECKSUM) {
                    wire[wire.length - 1] ^= 0x5A;
                }
                if (fault == FaultMode.GARBAGE) {
                    link.write(garbage());
                }
            }
            link.write(wire);
        }
    }

    private byte[] garbage() {
        byte[] g = new byte[17 + random.nextInt(40)];
        for (int i = 0; i < g.length; i++) {
            g[i] = (byte) random.nextInt(256);
        }
        // a header-looking start, as when a packet's tail was lost
        g[0] = (byte) Packet.HEADER_HI;
        g[1] = (byte) Packet.HEADER_LO;
        return g;
    }

    private void reply(Packet p) throws ScannerException {
        link.write(p.encode());
    }
}
