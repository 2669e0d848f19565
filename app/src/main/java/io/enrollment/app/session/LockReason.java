package io.enrollment.app.session;

/** Why the workstation went back to the login screen. */
public enum LockReason {
    LOGGED_OUT("login.locked.logout"),
    IDLE("login.locked.idle"),
    CARD_REMOVED("login.locked.card");

    private final String messageKey;

    LockReason(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
