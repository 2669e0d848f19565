package io.enrollment.core.profile;

/** A profile file that cannot be used; the message names every offending key. */
public class ProfileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ProfileException(String message) {
        super(message);
    }
}
