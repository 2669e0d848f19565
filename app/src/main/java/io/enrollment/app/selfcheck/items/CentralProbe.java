package io.enrollment.app.selfcheck.items;

import io.enrollment.core.selfcheck.Finding;
import io.enrollment.queue.transmit.ClientTls;
import io.enrollment.signing.Certificates;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One contact with the central system for the self-check: a {@code HEAD /v1/events/RANDOM} over the same
 * TLS 1.3 mutual authentication with the pinned certificate the transmitter uses. Any HTTP answer (404 is the
 * normal one) proves the endpoint, the pin and the client certificate; its {@code Date} header gives the
 * central system's clock. Done once per self-check and shared by the clock and configuration items.
 */
public final class CentralProbe {
    private final URI central;
    private final Path centralCertificate;
    private final Path keystore;
    private final Path passwordFile;
    private final Clock clock;
    private Contact contact;

    public CentralProbe(URI central, Path centralCertificate, Path keystore, Path passwordFile, Clock clock) {
        this.central = central;
        this.centralCertificate = centralCertificate;
        this.keystore = keystore;
        this.passwordFile = passwordFile;
        this.clock = clock;
    }

    /**
     * The outcome of the contact.
     *
     * @param reached     whether the central system answered over verified TLS
     * @param status      its HTTP status, or 0
     * @param centralTime the central system's Date header, if any
     * @param localTime   the local clock in the middle of the exchange
     * @param problem     why it was not reached ({@code central.*} finding), {@link Finding#NONE} if it was
     */
    public record Contact(boolean reached, int status, Optional<Instant> centralTime, Instant localTime, Finding problem) {
    }

    /** Contacts the central system (once; later calls return the same outcome). */
    public synchronized Contact contact() {
        if (contact == null) {
            contact = attempt();
        }
        return contact;
    }

    private Contact attempt() {
        Instant now = clock.instant();
        if (centralCertificate == null || keystore == null || passwordFile == null) {
            return new Contact(false, 0, Optional.empty(), now, Finding.of("central.notConfigured"));
        }
        HttpClient http;
        try {
            List<X509Certificate> pinned = Certificates.read(centralCertificate);
            char[] password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip().toCharArray();
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                ks.load(in, password);
            }
            ClientTls tls = ClientTls.create(ks, password, pinned.get(0));
            http = HttpClient.newBuilder().sslContext(tls.context()).sslParameters(ClientTls.parameters())
                    .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
        } catch (IOException | GeneralSecurityException | IndexOutOfBoundsException e) {
            return new Contact(false, 0, Optional.empty(), now, Finding.of("central.tlsFailed", e.getMessage()));
        }
        String base = central.toString().endsWith("/") ? central.toString() : central + "/";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "v1/events/" + UUID.randomUUID()))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build();
        try {
            long t0 = System.nanoTime();
            Instant start = clock.instant();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            Instant middle = start.plusNanos((System.nanoTime() - t0) / 2);
            Optional<Instant> date = response.headers().firstValue("Date").flatMap(CentralProbe::parseDate);
            return new Contact(true, response.statusCode(), date, middle, Finding.NONE);
        } catch (IOException e) {
            return new Contact(false, 0, Optional.empty(), now, Finding.of("central.unreachable", String.valueOf(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Contact(false, 0, Optional.empty(), now, Finding.of("central.interrupted"));
        }
    }

    private static Optional<Instant> parseDate(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
