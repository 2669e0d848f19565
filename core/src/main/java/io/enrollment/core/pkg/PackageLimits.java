package io.enrollment.core.pkg;

/**
 * Bounds the reader holds a container to, so that a hostile one cannot exhaust memory.
 *
 * @param maxEntries     entries in the container
 * @param maxEntryBytes  uncompressed size of one entry
 * @param maxTotalBytes  uncompressed size of all entries together
 * @param maxManifestBytes uncompressed size of the manifest
 */
public record PackageLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, long maxManifestBytes) {
    /** Generous for a face, a voice and ten prints; far below what would hurt a workstation. */
    public static final PackageLimits DEFAULT = new PackageLimits(64, 32L << 20, 128L << 20, 4L << 20);

    public PackageLimits {
        if (maxEntries < 2 || maxEntryBytes < 1 || maxTotalBytes < maxEntryBytes || maxManifestBytes < 1) {
            throw new IllegalArgumentException("inconsistent package limits");
        }
    }
}
