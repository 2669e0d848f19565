package io.enrollment.qc.face;

/** Languages the face guidance is given in. */
public enum Language {
    EN,
    RU
}
