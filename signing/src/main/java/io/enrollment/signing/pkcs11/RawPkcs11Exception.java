package io.enrollment.signing.pkcs11;

/** A PKCS#11 function returned an error code. */
public final class RawPkcs11Exception extends Exception {
    private static final long serialVersionUID = 1L;

    private final long returnValue;

    public RawPkcs11Exception(String function, long returnValue) {
        super(function + " failed: " + Pkcs11Constants.returnValueName(returnValue));
        this.returnValue = returnValue;
    }

    /** The CK_RV. */
    public long returnValue() {
        return returnValue;
    }

    /** Whether the error means the token or its session is gone. */
    public boolean tokenGone() {
        return Pkcs11Constants.meansTokenGone(returnValue);
    }
}
