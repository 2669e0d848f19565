package io.enrollment.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every rule the workstation must satisfy, by the ID used in {@code shared/spec/REQUIREMENTS.md}.
 * QC results, incidents and audit records cite these IDs so that a reader can trace a verdict
 * back to the regulation.
 */
public enum Requirement {
    GEN_1("R-GEN-1", "subject physically present, authorised officer"),
    GEN_2("R-GEN-2", "identity document checked, consent recorded"),
    GEN_3("R-GEN-3", "consent withdrawal purges and notifies"),
    GEN_4("R-GEN-4", "modalities of the profile"),
    GEN_5("R-GEN-5", "no authentication without identification"),
    SIGN_1("R-SIGN-1", "officer signs samples and metadata"),
    SIGN_2("R-SIGN-2", "signature keys stay on the officer's token"),
    SIGN_3("R-SIGN-3", "cryptographic protection in processing, storage, transmission"),
    FACE_1("R-FACE-1", "24-bit RGB, 8 bits per channel"),
    FACE_2("R-FACE-2", "yaw"),
    FACE_3("R-FACE-3", "pitch"),
    FACE_4("R-FACE-4", "roll"),
    FACE_5("R-FACE-5", "inter-eye distance"),
    FACE_6("R-FACE-6", "whole head in frame"),
    FACE_7("R-FACE-7", "no occlusion from eyebrows to lower lip"),
    FACE_8("R-FACE-8", "exactly one face"),
    FACE_9("R-FACE-9", "neutral expression, mouth closed, eyes open"),
    FACE_10("R-FACE-10", "uniform lighting"),
    FACE_11("R-FACE-11", "no retouching or editing"),
    FACE_12("R-FACE-12", "no sunglasses, no glare on glasses"),
    FACE_13("R-FACE-13", "stored as JPEG or PNG"),
    FACE_14("R-FACE-14", "guided automatic capture"),
    FACE_15("R-FACE-15", "liveness"),
    VOICE_1("R-VOICE-1", "signal-to-noise ratio"),
    VOICE_2("R-VOICE-2", "quantisation depth"),
    VOICE_3("R-VOICE-3", "sampling rate"),
    VOICE_4("R-VOICE-4", "RIFF WAV, PCM"),
    VOICE_5("R-VOICE-5", "mono"),
    VOICE_6("R-VOICE-6", "no noise suppression"),
    VOICE_7("R-VOICE-7", "one speaker"),
    VOICE_8("R-VOICE-8", "the generated sequence was spoken"),
    VOICE_9("R-VOICE-9", "whole and uninterrupted"),
    VOICE_10("R-VOICE-10", "calm state of the speaker"),
    VOICE_11("R-VOICE-11", "spoken in Russian"),
    VOICE_12("R-VOICE-12", "not telephone-channel audio"),
    FP_1("R-FP-1", "fingerprint scanner at the workstation"),
    FP_2("R-FP-2", "print quality checked before acceptance"),
    QC_1("R-QC-1", "automatic quality control"),
    QC_2("R-QC-2", "time, place, device and method stamp"),
    QC_3("R-QC-3", "failures reported, not templated"),
    STORE_1("R-STORE-1", "deleted once the central system confirms"),
    STORE_2("R-STORE-2", "collection and use-by dates"),
    SELF_1("R-SELF-1", "weekly self-check"),
    INC_1("R-INC-1", "security incidents reported within one working day"),
    KG_1("R-KG-1", "Tunduk request-response"),
    KG_2("R-KG-2", "audit trail");

    private final String id;
    private final String title;

    Requirement(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The ID as written in the specification, e.g. {@code R-FACE-2}. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static Optional<Requirement> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
