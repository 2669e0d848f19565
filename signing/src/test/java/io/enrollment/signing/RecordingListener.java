package io.enrollment.signing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Collects security events for assertions. */
public final class RecordingListener implements SecurityEventListener {
    private final List<SecurityEvent> events = new ArrayList<>();

    @Override
    public synchronized void onSecurityEvent(SecurityEvent event) {
        events.add(event);
    }

    public synchronized List<SecurityEvent.Type> types() {
        return events.stream().map(SecurityEvent::type).collect(Collectors.toList());
    }

    public synchronized List<SecurityEvent> events() {
        return List.copyOf(events);
    }

    public synchronized long count(SecurityEvent.Type type) {
        return events.stream().filter(e -> e.type() == type).count();
    }
}
