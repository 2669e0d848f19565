package io.enrollment.signing.demo;

/** Key types the demo/test PKI can make. */
public enum KeyType {
    EC_P256, RSA_2048, RSA_3072, GOST_2012_256, GOST_2012_512;

    /** Whether it is a GOST key. */
    public boolean isGost() {
        return this == GOST_2012_256 || this == GOST_2012_512;
    }
}
