package io.enrollment.core;

/** The kinds of biometric sample the workstation collects (R-GEN-4). */
public enum Modality {
    FACE("face"),
    VOICE("voice"),
    FINGERPRINT("finger");

    private final String code;

    Modality(String code) {
        this.code = code;
    }

    /** Short lowercase code used in files, JSON and the command line ({@code face}, {@code voice}, {@code finger}). */
    public String code() {
        return code;
    }

    public static Modality fromCode(String code) {
        for (Modality m : values()) {
            if (m.code.equals(code)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown modality '" + code + "' (expected face, voice or finger)");
    }
}
