package io.enrollment.app.enroll;

import io.enrollment.app.audit.AuditTrail;
import io.enrollment.app.fx.DialogService;
import io.enrollment.app.fx.TaskExecutor;
import io.enrollment.app.i18n.Messages;
import io.enrollment.app.session.OfficerSessions;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.sample.CaptureMetadata;
import io.enrollment.core.sample.CollectionMethod;
import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.core.sample.Place;
import io.enrollment.qc.SampleChecker;
import io.enrollment.qc.voice.VoiceQualityControl;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the enrollment screens use, handed in once: the profile and the workstation's identity, the
 * devices, quality control, the rejection recorder, the submitter, the officer's session, the UI helpers and the
 * audit trail.
 */
public record EnrollmentServices(Profile profile, String workstationId, Place place, ZoneId zone, Clock clock,
                                 CaptureDevices devices, SampleChecker faceChecker, Optional<VoiceQualityControl> voiceQc,
                                 RejectionRecorder rejections, PackageSubmitter submitter, OfficerSessions sessions,
                                 TaskExecutor executor, DialogService dialogs, Messages messages, AuditTrail audit) {
    public EnrollmentServices {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(workstationId, "workstationId");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(devices, "devices");
        Objects.requireNonNull(faceChecker, "faceChecker");
        Objects.requireNonNull(voiceQc, "voiceQc");
        Objects.requireNonNull(rejections, "rejections");
        Objects.requireNonNull(submitter, "submitter");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(audit, "audit");
    }

    /** Date, time, place, devices and method of a capture made now (R-QC-2). */
    public CaptureMetadata metadataNow(List<DeviceInfo> devices, CollectionMethod method) {
        return new CaptureMetadata(clock.instant(), zone, place, devices, method);
    }

    /** Attempts per capture before it is recorded as rejected (profile setting {@code <modality>.attempts}, default 3). */
    public int attempts(String modality) {
        String v = profile.setting(modality + ".attempts", "3");
        try {
            return Math.max(1, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(modality + ".attempts must be a whole number, was '" + v + "'", e);
        }
    }
}
