package io.enrollment.core.sample;

/**
 * Stored face image encodings with their ISO/IEC 19794-5 image data type codes (R-FACE-13).
 */
public enum ImageFormat {
    JPEG(0x00, "image/jpeg", "jpg"),
    PNG(0x03, "image/png", "png");

    private final int isoImageDataType;
    private final String mediaType;
    private final String extension;

    ImageFormat(int isoImageDataType, String mediaType, String extension) {
        this.isoImageDataType = isoImageDataType;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public int isoImageDataType() {
        return isoImageDataType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Recognises the encoding from the first bytes; throws for anything else. */
    public static ImageFormat sniff(byte[] data) {
        if (data.length >= 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (data.length >= 8 && (data[0] & 0xFF) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
            return PNG;
        }
        throw new IllegalArgumentException("image is neither JPEG nor PNG");
    }
}
