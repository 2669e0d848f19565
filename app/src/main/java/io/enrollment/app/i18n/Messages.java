package io.enrollment.app.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-visible text, from the {@code messages} bundles (Russian and English). No literal text in views. */
public final class Messages {
    public static final String BUNDLE = "io.enrollment.app.i18n.messages";
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        // no fallback to the JVM's default locale: on a Russian machine English would otherwise come out Russian
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    /** The text for {@code key} with {@code args} filled in; a missing key shows as {@code !key!} and fails the consistency test. */
    public String get(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /**
     * The text for {@code key}, or {@code fallback} when the bundles have none: for words that come from another
     * module (a quality check's name or unit) and are shown as they are until a bundle words them.
     */
    public String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** A measured value or threshold as the screens show it: whole numbers as they are, others to two decimals. */
    public static String figure(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
