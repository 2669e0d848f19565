package io.enrollment.app.selfcheck;

import io.enrollment.core.incident.IncidentType;
import io.enrollment.core.selfcheck.EnrollmentGate;
import io.enrollment.core.selfcheck.Finding;
import io.enrollment.core.selfcheck.ItemStatus;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Words self-check findings, gate reasons and incident details ({@link Finding}s from core and the items) in one
 * language, from {@code selfcheck.properties} / {@code selfcheck_ru.properties}: the key {@code finding.KEY} is
 * a {@link MessageFormat} pattern, arguments that are findings are worded first. The GUI uses the operator's
 * language; the machine outputs (the report's JSON, the incident report, the command line) use
 * {@link #english()}.
 */
public final class SelfCheckTexts {
    /** Prefix of a finding's pattern in the bundle. */
    public static final String PREFIX = "finding.";
    private static final SelfCheckTexts ENGLISH = new SelfCheckTexts(Locale.ENGLISH);

    private final ResourceBundle bundle;

    public SelfCheckTexts(Locale locale) {
        // no fallback to the JVM's default locale: English must stay English on a Russian machine
        this.bundle = ResourceBundle.getBundle(SelfCheckScreen.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The words of the machine outputs (report JSON, incident report, command line, log). */
    public static SelfCheckTexts english() {
        return ENGLISH;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    /** The finding in words; empty for {@link Finding#NONE}; a key missing from the bundle shows as {@code !key!}. */
    public String render(Finding f) {
        if (f.isEmpty()) {
            return "";
        }
        if (f.key().equals(Finding.VERBATIM)) {
            return f.args().isEmpty() ? "" : String.valueOf(f.args().get(0));
        }
        Object[] args = f.args().stream().map(a -> a instanceof Finding ? render((Finding) a) : a).toArray();
        if (f.key().equals(Finding.LIST)) {
            return java.util.Arrays.stream(args).map(String::valueOf).collect(Collectors.joining("; "));
        }
        String pattern;
        try {
            pattern = bundle.getString(PREFIX + f.key());
        } catch (MissingResourceException e) {
            return "!" + f.key() + "!";
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** Every reason, one per line. */
    public String render(List<Finding> reasons) {
        return reasons.stream().map(this::render).collect(Collectors.joining("\n"));
    }

    /** An item's name ({@code camera} → "Камера"). */
    public String item(String id) {
        return render(Finding.of(EnrollmentGate.itemName(id)));
    }

    /** OK, WARN or FAIL in words. */
    public String status(ItemStatus s) {
        return text("status." + s.name());
    }

    /** The kind of an incident in words. */
    public String incidentType(IncidentType t) {
        return text("incidents.type." + t.name());
    }

    /** A plain text of the bundle (no arguments). */
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
