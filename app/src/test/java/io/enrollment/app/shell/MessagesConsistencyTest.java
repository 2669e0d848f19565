package io.enrollment.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.enrollment.app.i18n.Messages;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Russian and English bundles hold exactly the same keys: no screen shows a missing text in one language. */
class MessagesConsistencyTest {
    private static TreeSet<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(Messages.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void russianAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys("messages.properties"), keys("messages_ru.properties"));
    }
}
