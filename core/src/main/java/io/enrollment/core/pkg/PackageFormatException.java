package io.enrollment.core.pkg;

/**
 * A package container that cannot be read: damaged, hostile or of an unknown version. The message
 * names the problem (which entry, which limit, which hash).
 */
public class PackageFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public PackageFormatException(String message) {
        super(message);
    }

    public PackageFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
