package io.enrollment.app.settings;

import io.enrollment.app.capture.FingerprintReader;
import io.enrollment.app.capture.Still;
import io.enrollment.app.capture.VoiceTake;
import io.enrollment.app.fx.TaskExecutor;
import io.enrollment.app.i18n.Messages;
import io.enrollment.app.shell.Workstation;
import io.enrollment.core.voice.VoicePromptGenerator;
import io.enrollment.installer.WorkstationConfig;
import io.enrollment.qc.fingerprint.PrintImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Settings as they are configured (profile, workstation and place, devices, central endpoint, token): read
 * only here — they are changed in the configuration file by the installer — and a test for each device.
 */
public final class SettingsViewModel {
    private final Workstation ws;
    private final Messages messages;
    private final TaskExecutor executor;
    private final boolean supervisor;
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper("");

    public SettingsViewModel(Workstation ws, Messages messages, TaskExecutor executor, boolean supervisor) {
        this.ws = ws;
        this.messages = messages;
        this.executor = executor;
        this.supervisor = supervisor;
    }

    /** Label and value of each setting, in display order. */
    public List<Map.Entry<String, String>> entries() {
        WorkstationConfig c = ws.config();
        List<Map.Entry<String, String>> e = new ArrayList<>();
        e.add(Map.entry(messages.get("settings.profile"), c.profileId() + " — " + ws.profile().displayName()));
        e.add(Map.entry(messages.get("settings.workstation"), c.workstationId()));
        e.add(Map.entry(messages.get("settings.place"), c.place().name()));
        e.add(Map.entry(messages.get("settings.zone"), c.zone().getId()));
        e.add(Map.entry(messages.get("settings.camera"), ws.devices().camera().description()));
        ws.devices().microphone().ifPresent(m -> e.add(Map.entry(messages.get("settings.microphone"), m.description())));
        ws.devices().scanner().ifPresent(s -> e.add(Map.entry(messages.get("settings.scanner"), s.description())));
        e.add(Map.entry(messages.get("settings.central"), c.centralUrl() + " (" + c.channel() + ")"));
        e.add(Map.entry(messages.get("settings.token"), ws.slot().description()));
        e.add(Map.entry(messages.get("settings.dataDir"), c.dataDir().toString()));
        return e;
    }

    /** Why nothing is editable here. */
    public String editNote() {
        return messages.get(supervisor ? "settings.note.supervisor" : "settings.note.operator");
    }

    public void testCamera() {
        executor.run(() -> ws.devices().camera().capture(), (Still s) -> testResult.set(messages.get("settings.test.camera",
                s.image().length, s.device().model(), s.device().healthDetail())), this::failed);
    }

    public void testMicrophone() {
        ws.devices().microphone().ifPresent(m -> executor.run(() -> m.record(VoicePromptGenerator.forProfile(ws.profile()).next(), db -> { }),
                (VoiceTake t) -> testResult.set(messages.get("settings.test.microphone", t.wav().length, t.device().model(),
                        t.evidence().interrupted() ? t.evidence().reason() : "OK")), this::failed));
    }

    public void testScanner() {
        ws.devices().scanner().ifPresent((FingerprintReader r) -> executor.run(r::capture, (PrintImage p) -> testResult.set(
                messages.get("settings.test.scanner", p.width(), p.height(), r.device().model())), this::failed));
    }

    private void failed(Exception e) {
        testResult.set(messages.get("settings.test.failed", e.getMessage()));
    }

    public boolean hasMicrophone() {
        return ws.devices().microphone().isPresent();
    }

    public boolean hasScanner() {
        return ws.devices().scanner().isPresent();
    }

    public ReadOnlyStringProperty testResultProperty() {
        return testResult.getReadOnlyProperty();
    }
}
