package io.enrollment.app.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.i18n.Messages;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a screen's FXML shows comes from the bundles: each {@code %key} is in the English and the Russian
 * bundle the screen is loaded with, and no text attribute holds literal words (a screen would show them in the
 * other language too).
 */
class FxmlTextsTest {
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile("\\b(text|promptText|accessibleText|title)=\"([^\"]*)\"");

    private static Properties bundle(String resource) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(Fxml.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static List<Path> screens() throws IOException, URISyntaxException {
        // the main window's file locates the application's resources (the test classes have a folder of that name too)
        Path classes = Path.of(Fxml.class.getResource("/io/enrollment/app/shell/MainWindow.fxml").toURI()).getParent().getParent();
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".fxml")).sorted().toList();
        }
    }

    @Test
    void everyFxmlTextIsABundleKeyInBothLanguages() throws Exception {
        String messages = "/" + Messages.BUNDLE.replace('.', '/');
        // the self-check and incidents screens read the selfcheck bundle, the others the messages bundle
        String selfcheck = "/io/enrollment/app/selfcheck/selfcheck";
        List<Path> screens = screens();
        assertTrue(screens.size() >= 13, "the screens' FXML files: " + screens);
        List<String> wrong = new ArrayList<>();
        int keys = 0;
        for (Path screen : screens) {
            String folder = screen.getParent().getFileName().toString();
            String base = folder.equals("selfcheck") || folder.equals("incident") ? selfcheck : messages;
            Properties en = bundle(base + ".properties");
            Properties ru = bundle(base + "_ru.properties");
            Matcher m = TEXT_ATTRIBUTE.matcher(Files.readString(screen));
            while (m.find()) {
                String value = m.group(2);
                if (!value.startsWith("%")) {
                    wrong.add(screen.getFileName() + ": literal " + m.group(1) + "=\"" + value + "\"");
                    continue;
                }
                keys++;
                String key = value.substring(1);
                if (!en.containsKey(key)) {
                    wrong.add(screen.getFileName() + ": %" + key + " missing from " + base + ".properties");
                }
                if (!ru.containsKey(key)) {
                    wrong.add(screen.getFileName() + ": %" + key + " missing from " + base + "_ru.properties");
                }
            }
        }
        assertFalse(keys == 0, "no %key found: the pattern no longer matches the FXML");
        assertEquals(List.of(), wrong);
    }
}
